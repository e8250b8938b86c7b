package eu.egov.gateway.notification.domain;

/** What a notice is about. The slug is stable for clients and names the notice's texts in {@code i18n/notices}. */
public enum NoticeKind {
    /**
     * Arguments: the tender's reference, its title (per language), the corrigendum's number, its summary (per
     * language), the submission deadline.
     */
    CORRIGENDUM_PUBLISHED("corrigendum-published"),
    /** Arguments: the filing's reference, the form's title (per language). */
    DECISION_ISSUED("decision-issued"),
    /** To the authority's clerks. Arguments: the filing's reference, the form's title (per language), the deadline. */
    CASE_DUE_SOON("case-due-soon"),
    /** To the authority's clerks. Arguments: the filing's reference, the form's title (per language), the deadline. */
    CASE_OVERDUE("case-overdue"),
    /** Arguments: the filing's reference, the form's title (per language), the deadline that passed. */
    TACITLY_APPROVED("tacitly-approved"),
    /** Arguments: the filing's reference, the form's title (per language), what is missing, the completion deadline. */
    COMPLETION_REQUESTED("completion-requested"),
    /** Arguments: the filing's reference, the form's title (per language), the completion deadline that passed. */
    CASE_WITHDRAWN("case-withdrawn"),
    /** Arguments: the filing's reference, the form's title (per language), the legal deadline that now runs. */
    FEE_PAID("fee-paid"),
    /**
     * To the other side of a filing's correspondence. Arguments: the filing's reference, the form's title (per
     * language), the name of the organisation that wrote.
     */
    MESSAGE_RECEIVED("message-received");

    private final String slug;

    NoticeKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
