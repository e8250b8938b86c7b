package eu.egov.gateway.filing.infrastructure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
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

import eu.egov.gateway.filing.domain.Attachment;
import eu.egov.gateway.filing.domain.AttachmentSlot;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.shared.domain.FieldViolation;

/**
 * Checks form data against the form's JSON Schema with networknt's validator, and words each
 * violation for the applicant: per field, with the field's label, in the applicant's language.
 */
@ApplicationScoped
public class FormDataValidator {

    private static final String BUNDLE = "i18n.form-violations";

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** Everything that stops the data and attachments from being submitted, field by field. */
    public List<FieldViolation> violations(Form form, JsonObject data, List<Attachment> attachments, Locale language) {
        JsonSchema schema = schemas.computeIfAbsent(form.id(), id -> compile(form));
        Stream<FieldViolation> dataViolations = schema.validate(node(data.toString()),
                        context -> context.getExecutionConfig().setLocale(language))
                .stream()
                .map(message -> violation(form, message, language));
        Stream<FieldViolation> missingAttachments = form.definition().attachments().stream()
                .filter(AttachmentSlot::required)
                .filter(slot -> attachments.stream().noneMatch(attachment -> attachment.slot().equals(slot.name())))
                .map(slot -> new FieldViolation("/attachments/" + slot.name(), slot.label(language),
                        new PlainMessages().getMessage("attachment.required", (Supplier<String>) null, language)));
        return Stream.concat(dataViolations, missingAttachments)
                .sorted(Comparator.comparing(FieldViolation::pointer))
                .toList();
    }

    private JsonSchema compile(Form form) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .messageSource(new PlainMessages())
                .build();
        return factory.getSchema(node(form.definition().schema().toString()), config);
    }

    private static FieldViolation violation(Form form, ValidationMessage message, Locale language) {
        String pointer = message.getInstanceLocation().toString();
        // "required" and "additionalProperties" are reported on the object; the field is the property named
        if (("required".equals(message.getType()) || "additionalProperties".equals(message.getType()))
                && message.getProperty() != null) {
            pointer = pointer + "/" + message.getProperty();
        }
        String label = form.definition().field(pointer).map(field -> field.label(language)).orElse(pointer);
        return new FieldViolation(pointer, label, message.getMessage());
    }

    private JsonNode node(String text) {
        try {
            return json.readTree(text);
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
                ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, FormDataValidator.class.getClassLoader());
                return new java.text.MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException notWorded) {
                return fallback(key, defaultMessage, locale, arguments);
            }
        }

        private static String fallback(String key, Supplier<String> defaultMessage, Locale locale, Object... arguments) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("jsv-messages", locale, JsonSchemaFactory.class.getClassLoader());
                return new java.text.MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException unknown) {
                return defaultMessage == null ? key : defaultMessage.get();
            }
        }
    }
}
