package eu.egov.gateway.filing.domain;

import static eu.egov.gateway.shared.domain.Jsonp.JSON;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import eu.egov.gateway.shared.domain.LocalisedText;

/**
 * A form as its JSON definition describes it: the JSON Schema its data must satisfy, and the UI
 * hints (labels, help, widgets, attachments) that render it in each language.
 */
public final class FormDefinition {

    private static final Duration DEFAULT_LEAD_TIME = Duration.ofDays(30);
    private static final Duration DEFAULT_COMPLETION_TIME = Duration.ofDays(14);
    private static final Duration DEFAULT_PAYMENT_TIME = Duration.ofDays(30);

    /** A group's pointer, the row number and the item's pointer within the row: /rows/1/nights. */
    private static final Pattern GROUP_ITEM = Pattern.compile("(/[^/]+)/(\\d+)(/.+)");

    private final JsonObject json;
    private final List<FormField> fields;
    private final List<AttachmentSlot> attachments;

    private FormDefinition(JsonObject json) {
        this.json = json;
        this.fields = json.getJsonObject("ui").getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(FormField::of).toList();
        this.attachments = json.getJsonArray("attachments").getValuesAs(JsonObject.class).stream()
                .map(AttachmentSlot::of).toList();
    }

    public static FormDefinition parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return new FormDefinition(reader.readObject());
        }
    }

    public String code() {
        return json.getString("code");
    }

    public int version() {
        return json.getInt("version");
    }

    public String title(Locale language) {
        return LocalisedText.in(titles(), language);
    }

    /** The title in every language the form gives, for texts worded later in each reader's language. */
    public JsonObject titles() {
        return json.getJsonObject("title");
    }

    public String description(Locale language) {
        return LocalisedText.in(json.getJsonObject("description"), language);
    }

    /** How long the authority has to decide once the filing is submitted (ISO 8601, "P30D"); 30 days unless the form says. */
    public Duration leadTime() {
        return decision().containsKey("leadTime") ? Duration.parse(decision().getString("leadTime")) : DEFAULT_LEAD_TIME;
    }

    /** How long a firm has to complete its filing when the authority asks; 14 days unless the form says. */
    public Duration completionTime() {
        return decision().containsKey("completionTime") ? Duration.parse(decision().getString("completionTime"))
                : DEFAULT_COMPLETION_TIME;
    }

    /** Whether a filing the authority has not decided on in time is approved by its silence. */
    public boolean tacitApproval() {
        return decision().getBoolean("tacitApproval", false);
    }

    /** The decision table (DMN) that computes the fee from the form's data; none for a form without a fee. */
    public Optional<String> feeDecision() {
        return fee().map(fee -> fee.getString("decision"));
    }

    /** How long a firm has to pay the fee once the filing is submitted; 30 days unless the form says. */
    public Duration paymentTime() {
        return fee().filter(fee -> fee.containsKey("paymentTime")).map(fee -> Duration.parse(fee.getString("paymentTime")))
                .orElse(DEFAULT_PAYMENT_TIME);
    }

    private Optional<JsonObject> fee() {
        return Optional.ofNullable(json.getJsonObject("fee"));
    }

    private JsonObject decision() {
        return json.containsKey("decision") ? json.getJsonObject("decision") : JsonValue.EMPTY_JSON_OBJECT;
    }

    public JsonObject schema() {
        return json.getJsonObject("schema");
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String pointer) {
        return fields.stream().filter(field -> field.pointer().equals(pointer)).findFirst();
    }

    /**
     * The field a pointer into the data names, with its label as the applicant reads it: an item of a group
     * (such as /rows/1/nights) is labelled with its row number.
     */
    public Optional<LabelledField> labelledField(String pointer, Locale language) {
        Optional<FormField> field = field(pointer);
        if (field.isPresent()) {
            return field.map(f -> new LabelledField(f, f.label(language)));
        }
        Matcher item = GROUP_ITEM.matcher(pointer);
        if (!item.matches()) {
            return Optional.empty();
        }
        int row = Integer.parseInt(item.group(2)) + 1;
        return field(item.group(1)).flatMap(group -> group.item(item.group(3)))
                .map(f -> new LabelledField(f, f.label(language) + " (" + row + ")"));
    }

    /** A field and its label, for a pointer into the data. */
    public record LabelledField(FormField field, String label) {
    }

    /** Findings that do not stop a submission but that the applicant should read. */
    public List<Advisory> advisories() {
        JsonObject ui = json.getJsonObject("ui");
        return ui.containsKey("advisories")
                ? ui.getJsonArray("advisories").getValuesAs(JsonObject.class).stream().map(Advisory::of).toList()
                : List.of();
    }

    public List<AttachmentSlot> attachments() {
        return attachments;
    }

    public Optional<AttachmentSlot> attachment(String name) {
        return attachments.stream().filter(slot -> slot.name().equals(name)).findFirst();
    }

    public JsonObject json() {
        return json;
    }
}
