package eu.egov.gateway.documents.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a rendered PDF back the way a reader or an archive would. */
final class PdfReadBack {

    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";

    private final byte[] pdf;

    PdfReadBack(byte[] pdf) {
        this.pdf = pdf;
    }

    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    int pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every font used on any page, by name, with whether the file embeds it. */
    Map<String, Boolean> fonts() throws IOException {
        Map<String, Boolean> fonts = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
                }
            }
        }
        return fonts;
    }

    /** pdfaid:part and pdfaid:conformance from the XMP metadata, e.g. "2B"; XMP allows elements or attributes. */
    String pdfaIdentification() throws Exception {
        byte[] xmp;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            xmp = document.getDocumentCatalog().getMetadata().toByteArray();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document metadata = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
        return pdfaid(metadata, "part") + pdfaid(metadata, "conformance");
    }

    private static String pdfaid(Document metadata, String property) {
        NodeList elements = metadata.getElementsByTagNameNS(PDFAID, property);
        if (elements.getLength() > 0) {
            return elements.item(0).getTextContent().trim();
        }
        NodeList descriptions = metadata.getElementsByTagNameNS("*", "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Node attribute = ((Element) descriptions.item(i)).getAttributeNodeNS(PDFAID, property);
            if (attribute != null) {
                return attribute.getNodeValue();
            }
        }
        return "";
    }
}
