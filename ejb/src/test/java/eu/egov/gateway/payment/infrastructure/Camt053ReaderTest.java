package eu.egov.gateway.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.payment.domain.BankCredit;
import eu.egov.gateway.payment.domain.BankStatement;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

class Camt053ReaderTest {

    private static final long LIMIT = 64 * 1024;

    private final Camt053Reader reader = new Camt053Reader(LIMIT);

    @Test
    void eachBookedCreditIsReadWithItsReferenceAmountDayAndPayer() {
        List<BankStatement> statements = read(statement("08", """
                <Ntry><Amt Ccy="EUR">182.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>BANK-1</AcctSvcrRef>
                  <NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Atelier Dupont SARL</Nm></Pty></Dbtr></RltdPties>
                    <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls>
                </Ntry>
                <Ntry><Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>BANK-2</AcctSvcrRef></Ntry>
                <Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>BANK-3</AcctSvcrRef></Ntry>
                """));

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.id()).isEqualTo("STMT-1");
            assertThat(statement.iban()).isEqualTo("BE71096123456769");
            assertThat(statement.credits()).containsExactly(new BankCredit("BANK-1", new BigDecimal("182.00"), "EUR",
                    LocalDate.parse("2026-11-30"), "RF18539007547034", "Atelier Dupont SARL"));
            assertThat(statement.otherEntries()).isEqualTo(2);
        });
    }

    @Test
    void anOlderVersionsBatchGivesACreditPerTransactionWithItsFreeTextReference() {
        List<BankStatement> statements = read(statement("02", """
                <Ntry><Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><DtTm>2026-11-30T09:15:00+01:00</DtTm></BookgDt><AcctSvcrRef>BATCH-9</AcctSvcrRef>
                  <NtryDtls>
                    <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
                      <RltdPties><Dbtr><Nm>Officina Rossi</Nm></Dbtr></RltdPties><RmtInf><Ustrd>RF18 5390 0754 7034</Ustrd></RmtInf></TxDtls>
                    <TxDtls><Refs><AcctSvcrRef>TX-2</AcctSvcrRef></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">200.00</Amt></TxAmt></AmtDtls></TxDtls>
                  </NtryDtls>
                </Ntry>
                """));

        assertThat(statements.get(0).credits()).extracting(BankCredit::bankReference, BankCredit::amount, BankCredit::remittance,
                        BankCredit::bookedOn)
                .containsExactly(
                        tuple("BATCH-9/1", new BigDecimal("100.00"), "RF18 5390 0754 7034",
                                LocalDate.parse("2026-11-30")),
                        tuple("TX-2", new BigDecimal("200.00"), null, LocalDate.parse("2026-11-30")));
    }

    @Test
    void anExternalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "RF18539007547034");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + statement("08", "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><AcctSvcrRef>&xxe;</AcctSvcrRef></Ntry>");

        assertThat(refusal(xxe)).isEqualTo(ProblemType.STATEMENT_DOCTYPE_REFUSED);
    }

    @Test
    void anEntityFromAUrlIsRefused() {
        String remote = "<!DOCTYPE Document SYSTEM \"http://127.0.0.1:9/camt.dtd\">" + statement("08", "");

        assertThat(refusal(remote)).isEqualTo(ProblemType.STATEMENT_DOCTYPE_REFUSED);
    }

    @Test
    void billionLaughsAreRefusedBeforeAnyExpansion() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = "<!DOCTYPE Document [" + entities + "]>" + statement("08", "<Ntry><AcctSvcrRef>&lol9;</AcctSvcrRef></Ntry>");

        assertThat(refusal(laughs)).isEqualTo(ProblemType.STATEMENT_DOCTYPE_REFUSED);
    }

    @Test
    void anUndeclaredEntityIsNoWayAroundIt() {
        assertThat(refusal(statement("08", "<Ntry><AcctSvcrRef>&lol9;</AcctSvcrRef></Ntry>")))
                .isIn(ProblemType.STATEMENT_DOCTYPE_REFUSED, ProblemType.STATEMENT_MALFORMED);
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItStreams() {
        String open = statement("08", "");
        byte[] head = (open.substring(0, open.indexOf("</Stmt>")) + "<AddtlStmtInf>").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        });

        Rejection refused = catchThrowableOfType(() -> reader.read(endless), Rejection.class);

        assertThat(refused.type()).isEqualTo(ProblemType.STATEMENT_TOO_LARGE);
    }

    @Test
    void brokenXmlSaysWhereItBreaks() {
        Rejection refused = catchThrowableOfType(() -> read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n<BkToCstmrStmt>"),
                Rejection.class);

        assertThat(refused.type()).isEqualTo(ProblemType.STATEMENT_MALFORMED);
        assertThat(refused.arguments()[0]).isEqualTo(2);
    }

    @Test
    void anotherMessageOrVersionIsNotAStatement() {
        assertThat(refusal(statement("08", "").replace("camt.053.001.08", "camt.054.001.08")))
                .isEqualTo(ProblemType.STATEMENT_UNSUPPORTED);
        assertThat(refusal(statement("08", "").replace("camt.053.001.08", "camt.053.001.12")))
                .isEqualTo(ProblemType.STATEMENT_UNSUPPORTED);
        assertThat(refusal("<Document><BkToCstmrStmt/></Document>")).isEqualTo(ProblemType.STATEMENT_UNSUPPORTED);
    }

    @Test
    void aCreditWithoutTheBanksReferenceIsRefusedForItCouldNotBeRecognisedAgain() {
        Rejection refused = catchThrowableOfType(() -> read(statement("08", """
                <Ntry><Amt Ccy="EUR">182.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt></Ntry>""")), Rejection.class);

        assertThat(refused.type()).isEqualTo(ProblemType.STATEMENT_ENTRY_INVALID);
        assertThat(refused.arguments()).containsExactly(1, "AcctSvcrRef");
    }

    @Test
    void aTextLongerThanTheStandardAllowsIsRefused() {
        Rejection refused = catchThrowableOfType(() -> read(statement("08", """
                <Ntry><Amt Ccy="EUR">182.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>BANK-1</AcctSvcrRef>
                  <NtryDtls><TxDtls><RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                """.formatted("x".repeat(141)))), Rejection.class);

        assertThat(refused.type()).isEqualTo(ProblemType.STATEMENT_ENTRY_INVALID);
        assertThat(refused.arguments()).containsExactly(1, "Ustrd");
    }

    @Test
    void anAmountThatNoFeeCouldBeIsRefusedBeforeAnyArithmetic() {
        for (String amount : new String[] {"1e100000000", "182.001", "12345678901.00", "-5.00"}) {
            Rejection refused = catchThrowableOfType(() -> read(statement("08", """
                    <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                      <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>BANK-1</AcctSvcrRef></Ntry>
                    """.formatted(amount))), Rejection.class);

            assertThat(refused.arguments()).as(amount).containsExactly(1, "Amt");
        }
    }

    @Test
    void elementsNestedFarDeeperThanAStatementIsAreRefusedAtOnce() {
        String deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);

        assertThat(refusal(statement("08", deep))).isEqualTo(ProblemType.STATEMENT_UNSUPPORTED);
    }

    @Test
    void aBatchsNumberedBankReferenceMustStillFitTheStandardsLength() {
        String transaction = "<TxDtls><Amt Ccy=\"EUR\">1.00</Amt></TxDtls>";
        Rejection refused = catchThrowableOfType(() -> read(statement("08", """
                <Ntry><Amt Ccy="EUR">2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                  <BookgDt><Dt>2026-11-30</Dt></BookgDt><AcctSvcrRef>%s</AcctSvcrRef><NtryDtls>%s%s</NtryDtls></Ntry>
                """.formatted("R".repeat(140), transaction, transaction))), Rejection.class);

        assertThat(refused.arguments()).containsExactly(1, "AcctSvcrRef");
    }

    private List<BankStatement> read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private ProblemType refusal(String xml) {
        return catchThrowableOfType(() -> read(xml), Rejection.class).type();
    }

    private static String statement(String version, String entries) {
        return """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s"><BkToCstmrStmt>
                  <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-11-30T18:00:00</CreDtTm></GrpHdr>
                  <Stmt><Id>STMT-1</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
                %s</Stmt></BkToCstmrStmt></Document>""".formatted(version, entries);
    }
}
