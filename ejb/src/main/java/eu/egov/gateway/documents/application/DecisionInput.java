package eu.egov.gateway.documents.application;

import javax.xml.transform.Source;

import org.w3c.dom.Element;

import eu.egov.gateway.documents.domain.DecisionDocument;

/** A decision as {@code decision.xsl} reads it. */
final class DecisionInput {

    private DecisionInput() {
    }

    static Source of(DecisionDocument decision, Labels labels) {
        TemplateInput input = new TemplateInput("decision", labels);
        Element root = input.root();
        input.text(root, "reference", decision.reference());
        input.text(root, "outcome", decision.approved() ? "approved" : "rejected");
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
