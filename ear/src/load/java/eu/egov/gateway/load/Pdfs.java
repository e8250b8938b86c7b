package eu.egov.gateway.load;

import java.nio.charset.StandardCharsets;

/** PDFs of a given size, written by hand: a one-page document padded with a comment stream. */
final class Pdfs {

    private Pdfs() {
    }

    static byte[] of(String text, int bytes) {
        String head = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET\n";
        // the page's content stream carries the padding, as a PostScript comment line per 64 bytes
        StringBuilder content = new StringBuilder(head);
        String line = "%" + "x".repeat(62) + "\n";
        while (content.length() + 600 < bytes) {
            content.append(line);
        }
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
