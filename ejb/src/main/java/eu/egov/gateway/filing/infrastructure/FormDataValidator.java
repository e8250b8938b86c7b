package eu.egov.gateway.filing.infrastructure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import eu.egov.gateway.filing.domain.Advisory;
import eu.egov.gateway.filing.domain.Attachment;
import eu.egov.gateway.filing.domain.AttachmentSlot;
import eu.egov.gateway.filing.domain.Form;
import eu.egov.gateway.filing.domain.FormDefinition;
import eu.egov.gateway.shared.domain.FieldViolation;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/**
 * Checks form data against the form's JSON Schema, and the documents against the form's attachment
 * slots: per field, with the field's label, the rule's legal basis and reason, in the applicant's
 * language. Also finds the form's advisories that apply to the data.
 */
@ApplicationScoped
public class FormDataValidator {

    /** Compiled schemas by form version id; an advisory's condition under the version id and its index. */
    private final Map<String, SchemaCheck> schemas = new ConcurrentHashMap<>();

    /** Everything that stops the data and attachments from being submitted, field by field. */
    public List<FieldViolation> violations(Form form, JsonObject data, List<Attachment> attachments, Locale language) {
        FormDefinition definition = form.definition();
        SchemaCheck schema = schemas.computeIfAbsent(form.id(), id -> SchemaCheck.of(definition.schema()));
        Stream<FieldViolation> dataViolations = schema.violations(data, language,
                pointer -> definition.labelledField(pointer, language).map(FormDefinition.LabelledField::label)
                        .orElse(pointer)).stream()
                .map(violation -> explained(violation, definition, language));
        Stream<FieldViolation> missingAttachments = definition.attachments().stream()
                .filter(AttachmentSlot::required)
                .filter(slot -> attachments.stream().noneMatch(attachment -> attachment.slot().equals(slot.name())))
                .map(slot -> new FieldViolation("/attachments/" + slot.name(), slot.label(language),
                        SchemaCheck.wording("attachment.required", language), slot.legalBasis(language), slot.why(language)));
        return Stream.concat(dataViolations, missingAttachments)
                .sorted(Comparator.comparing(FieldViolation::pointer))
                .toList();
    }

    /** The form's advisories whose condition the data meets, worded like violations. */
    public List<FieldViolation> advisories(Form form, JsonObject data, Locale language) {
        FormDefinition definition = form.definition();
        List<Advisory> advisories = definition.advisories();
        return Stream.iterate(0, i -> i < advisories.size(), i -> i + 1)
                .filter(i -> schemas.computeIfAbsent(form.id() + "#advisory-" + i,
                        id -> SchemaCheck.of(advisories.get(i).when())).violations(data, language, p -> p).isEmpty())
                .map(advisories::get)
                .map(advisory -> new FieldViolation(advisory.pointer(),
                        definition.labelledField(advisory.pointer(), language).map(FormDefinition.LabelledField::label)
                                .orElse(""),
                        advisory.message(language), advisory.legalBasis(language), null))
                .toList();
    }

    private static FieldViolation explained(FieldViolation violation, FormDefinition definition, Locale language) {
        Optional<FormDefinition.LabelledField> field = definition.labelledField(violation.pointer(), language);
        return field.map(f -> new FieldViolation(violation.pointer(), violation.label(), violation.message(),
                        f.field().legalBasis(language), f.field().why(language)))
                .orElse(violation);
    }
}
