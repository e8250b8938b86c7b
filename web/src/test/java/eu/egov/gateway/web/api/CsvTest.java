package eu.egov.gateway.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aLineIsItsFieldsSeparatedByCommasAndEndedByCrLf() {
        assertThat(Csv.line(Arrays.asList("FIL-2026-0001", "business-activity-change", "1", null, "")))
                .isEqualTo("FIL-2026-0001,business-activity-change,1,,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
        assertThat(Csv.line(List.of("Dupont, Fils & Cie", "Café \"Le Zinc\"", "line\nbreak", "Nordlicht Logistik GmbH")))
                .isEqualTo("\"Dupont, Fils & Cie\",\"Café \"\"Le Zinc\"\"\",\"line\nbreak\",Nordlicht Logistik GmbH\r\n");
    }

    @Test
    void aFieldASpreadsheetWouldTakeForAFormulaIsNeutralisedAsText() {
        assertThat(Csv.field("=HYPERLINK(\"https://evil.example\";\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Click\"\")\"");
        assertThat(Csv.field("+33 1 23 45 67 89")).isEqualTo("'+33 1 23 45 67 89");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.field("=1+1,2")).isEqualTo("\"'=1+1,2\"");
    }

    @Test
    void leadingTabsAndCarriageReturnsAreNeutralisedToo() {
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(Csv.field("Atelier = Dupont")).isEqualTo("Atelier = Dupont");
    }
}
