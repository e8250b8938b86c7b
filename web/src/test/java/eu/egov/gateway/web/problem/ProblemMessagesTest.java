package eu.egov.gateway.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.egov.gateway.shared.domain.ProblemType;

/** Every problem the API can answer with is worded in every language the gateway speaks. */
class ProblemMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void everyProblemHasATitleAndADetail(String language) {
        ResourceBundle base = ResourceBundle.getBundle("i18n.problems", Locale.ROOT);
        ResourceBundle messages = ResourceBundle.getBundle("i18n.problems", Locale.forLanguageTag(language));
        for (ProblemType type : ProblemType.values()) {
            for (String key : new String[] {type.slug() + ".title", type.slug() + ".detail"}) {
                assertThat(messages.getString(key)).as(language + " " + key).isNotBlank();
                if (!language.equals("en")) {
                    assertThat(messages.getString(key)).as(language + " " + key + " is translated")
                            .isNotEqualTo(base.getString(key));
                }
            }
        }
    }
}
