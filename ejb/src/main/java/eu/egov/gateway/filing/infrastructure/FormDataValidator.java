package eu.egov.gateway.filing.infrastructure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import eu.egov.gateway.filing.domain.Attachment;
import eu.egov.gateway.filing.domain.AttachmentSlot;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * Checks form data against the form's JSON Schema, and the documents against the form's
 * attachment slots: per field, with the field's label, in the applicant's language.
 */
@ApplicationScoped
public class FormDataValidator {

    private final Map<String, SchemaCheck> schemas = new ConcurrentHashMap<>();

    /** Everything that stops the data and attachments from being submitted, field by field. */
    public List<FieldViolation> violations(Form form, JsonObject data, List<Attachment> attachments, Locale language) {
        SchemaCheck schema = schemas.computeIfAbsent(form.id(), id -> SchemaCheck.of(form.definition().schema()));
        Stream<FieldViolation> dataViolations = schema.violations(data, language,
                pointer -> form.definition().field(pointer).map(field -> field.label(language)).orElse(pointer)).stream();
        Stream<FieldViolation> missingAttachments = form.definition().attachments().stream()
                .filter(AttachmentSlot::required)
                .filter(slot -> attachments.stream().noneMatch(attachment -> attachment.slot().equals(slot.name())))
                .map(slot -> new FieldViolation("/attachments/" + slot.name(), slot.label(language),
                        SchemaCheck.wording("attachment.required", language)));
        return Stream.concat(dataViolations, missingAttachments)
                .sorted(Comparator.comparing(FieldViolation::pointer))
                .toList();
    }
}
