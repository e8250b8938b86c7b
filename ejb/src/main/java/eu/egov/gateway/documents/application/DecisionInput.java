package eu.egov.gateway.documents.application;

import javax.xml.transform.Source;

import org.w3c.dom.Element;

import eu.egov.gateway.documents.domain.DecisionDocument;

/** A decision as {@code decision.xsl} reads it; the root is {@code tacit-approval} for the certificate of tacit approval. */
final class DecisionInput {

    private DecisionInput() {
    }

    static Source of(DecisionDocument decision, Labels labels) {
        boolean tacit = decision.verdict() == DecisionDocument.Verdict.TACITLY_APPROVED;
        TemplateInput input = new TemplateInput(tacit ? "tacit-approval" : "decision", labels);
        Element root = input.root();
        input.text(root, "reference", decision.reference());
        input.text(root, "outcome", switch (decision.verdict()) {
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case TACITLY_APPROVED -> "tacitly-approved";
        });
        input.text(root, "reason", decision.reason());
        input.text(root, "authority", decision.authority());
        input.text(root, "organisation", decision.organisation());
        input.text(root, "form", decision.formTitle());
        input.instant(root, "decided-at", decision.decidedAt());
        input.text(root, "decided-by", decision.decidedBy());
        input.text(root, "verification-code", decision.verificationCode());
        return input.source();
    }
}
