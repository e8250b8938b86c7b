package eu.egov.gateway.documents.application;

import javax.xml.transform.Source;

import org.w3c.dom.Element;

import eu.egov.gateway.documents.domain.ReceiptDocument;

/** A receipt as {@code receipt.xsl} reads it. */
final class ReceiptInput {

    private ReceiptInput() {
    }

    static Source of(ReceiptDocument receipt, Labels labels) {
        TemplateInput input = new TemplateInput("receipt", labels);
        Element root = input.root();
        input.text(root, "reference", receipt.reference());
        input.instant(root, "submitted-at", receipt.submittedAt());
        input.text(root, "authority", receipt.authority());
        input.text(root, "organisation", receipt.organisation());
        input.text(root, "registration", receipt.organisationRegistration());
        input.text(root, "submitted-by", receipt.submittedBy());
        ReceiptDocument.Representation representation = receipt.representation();
        input.text(root, "on-behalf", representation == null ? null : labels.format("receipt.on-behalf",
                representation.filedBy(), representation.agent(), representation.principal(), representation.mandate(),
                labels.dateTime(representation.validUntil())));
        input.text(root, "form", receipt.formTitle());
        input.text(root, "form-version", receipt.formVersion());
        Element data = input.element(root, "data");
        for (ReceiptDocument.Field field : receipt.data()) {
            Element row = input.element(data, "field");
            input.text(row, "label", field.label());
            input.text(row, "value", field.value());
        }
        Element attachments = input.element(root, "attachments");
        for (ReceiptDocument.Attachment attachment : receipt.attachments()) {
            Element row = input.element(attachments, "attachment");
            input.text(row, "label", attachment.label());
            input.text(row, "file-name", attachment.fileName());
            input.text(row, "media-type", attachment.mediaType());
            input.text(row, "size", labels.size(attachment.size()));
            input.text(row, "sha256", attachment.sha256());
        }
        input.text(root, "verification-code", receipt.verificationCode());
        input.text(root, "verification-url", receipt.verificationUrl());
        input.text(root, "submission-sha256", receipt.sha256());
        return input.source();
    }
}
