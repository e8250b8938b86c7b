package eu.egov.gateway.shared.infrastructure;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.i18n.MessageSource;

import eu.egov.gateway.shared.domain.FieldViolation;

/**
 * A JSON Schema (2020-12) compiled once by networknt's validator, whose violations are worded for
 * people: per field, with the field's label, in plain words of the caller's language. Form data
 * and tender drafts alike are checked by it, never by hand-written checks.
 */
public final class SchemaCheck {

    private static final String BUNDLE = "i18n.form-violations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    public static SchemaCheck of(JsonObject schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .messageSource(new PlainMessages())
                .build();
        return new SchemaCheck(FACTORY.getSchema(node(schema.toString()), config));
    }

    /** Every violation, in the order of the fields' pointers; labels come from the caller, by pointer. */
    public List<FieldViolation> violations(JsonObject data, Locale language, Function<String, String> labels) {
        return schema.validate(node(data.toString()), context -> context.getExecutionConfig().setLocale(language))
                .stream()
                .map(message -> violation(message, labels))
                .sorted(Comparator.comparing(FieldViolation::pointer))
                .toList();
    }

    /** A plain-words message of the violations bundle, for rules a schema does not express. */
    public static String wording(String key, Locale language, Object... arguments) {
        return new PlainMessages().getMessage(key, (Supplier<String>) () -> key, language, arguments);
    }

    private static FieldViolation violation(ValidationMessage message, Function<String, String> labels) {
        String pointer = message.getInstanceLocation().toString();
        // "required" and "additionalProperties" are reported on the object; the field is the property named
        if (("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))
                && message.getProperty() != null) {
            pointer = pointer + "/" + message.getProperty();
        }
        return new FieldViolation(pointer, labels.apply(pointer), message.getMessage());
    }

    private static JsonNode node(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /**
     * Violations in plain words, without the JSON path networknt puts first: the field's label
     * already says where. Keywords the gateway's bundle does not word fall back to networknt's own.
     * The bundle is read with this class's loader, which sees the ejb jar; networknt's would not.
     */
    private static final class PlainMessages implements MessageSource {

        @Override
        public String getMessage(String key, Supplier<String> defaultMessage, Locale locale, Object... arguments) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, SchemaCheck.class.getClassLoader());
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException notWorded) {
                return networkntWording(key, defaultMessage, locale, arguments);
            }
        }

        private static String networkntWording(String key, Supplier<String> defaultMessage, Locale locale,
                                               Object... arguments) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("jsv-messages", locale, JsonSchemaFactory.class.getClassLoader());
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException unknown) {
                return defaultMessage == null ? key : defaultMessage.get();
            }
        }
    }
}
