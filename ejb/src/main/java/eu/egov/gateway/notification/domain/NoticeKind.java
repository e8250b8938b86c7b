package eu.egov.gateway.notification.domain;

/** What a notice is about. The slug is stable for clients and names the notice's texts in {@code i18n/notices}. */
public enum NoticeKind {
    /**
     * Arguments: the tender's reference, its title (per language), the corrigendum's number, its summary (per
     * language), the submission deadline.
     */
    CORRIGENDUM_PUBLISHED("corrigendum-published"),
    /** Arguments: the filing's reference, the form's title (per language). */
    DECISION_ISSUED("decision-issued");

    private final String slug;

    NoticeKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
