package eu.egov.gateway.payment.infrastructure;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import eu.egov.gateway.payment.domain.BankCredit;
import eu.egov.gateway.payment.domain.BankStatement;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * Reads the statements of an ISO 20022 camt.053 message (BankToCustomerStatement, versions 02 to 08) as it
 * streams in. Hostile files are refused before they can do harm: no DTD is read, so no entity is declared or
 * expanded (external files and URLs, "billion laughs"), and reading stops at the size limit.
 */
public final class Camt053Reader {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.0[2-8]");
    private static final int MAX_TEXT = 4_000;
    private static final int MAX_FIELD = 140;
    /** camt.053 nests its elements a dozen deep; far deeper is an attack on the parser's time, not a statement. */
    private static final int MAX_DEPTH = 32;
    /** Euros and cents the fee columns hold: ten digits before the point, at most two after. */
    private static final int MAX_PRECISION = 12;
    private static final int MAX_SCALE = 2;

    private static final String STATEMENT = "/Document/BkToCstmrStmt/Stmt";
    private static final String ENTRY = STATEMENT + "/Ntry";
    private static final String TRANSACTION = ENTRY + "/NtryDtls/TxDtls";

    private final long maxBytes;

    public Camt053Reader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<BankStatement> read(InputStream xml) {
        LimitedInputStream limited = new LimitedInputStream(xml, maxBytes);
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(limited);
            return new Walk(reader).statements();
        } catch (XMLStreamException broken) {
            if (limited.exceeded()) {
                throw Rejection.tooLarge(ProblemType.STATEMENT_TOO_LARGE, maxBytes);
            }
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
            int column = broken.getLocation() == null ? 0 : broken.getLocation().getColumnNumber();
            throw new Rejection(ProblemType.STATEMENT_MALFORMED, line, column);
        } finally {
            close(reader);
        }
    }

    /** The JDK's own parser, whatever the server provides, with every door to entities shut. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written, so nothing is lost
            }
        }
    }

    /** One pass over the document, keeping the path of element names to tell the fields apart. */
    private static final class Walk {

        private final XMLStreamReader reader;
        private final List<BankStatement> statements = new ArrayList<>();
        private final StringBuilder path = new StringBuilder();
        private int depth;
        private final StringBuilder text = new StringBuilder();

        private String statementId;
        private String iban;
        private List<BankCredit> credits;
        private int otherEntries;
        private int entryNumber;
        private Entry entry;
        private Transaction transaction;

        Walk(XMLStreamReader reader) {
            this.reader = reader;
        }

        List<BankStatement> statements() throws XMLStreamException {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw new Rejection(ProblemType.STATEMENT_DOCTYPE_REFUSED);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Rejection(ProblemType.STATEMENT_DOCTYPE_REFUSED);
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (text.length() < MAX_TEXT) {
                            text.append(reader.getText(), 0, Math.min(reader.getTextLength(), MAX_TEXT - text.length()));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions, white space between elements: nothing to read
                    }
                }
            }
            return statements;
        }

        private void start() {
            if (path.isEmpty()) {
                String namespace = reader.getNamespaceURI();
                if (!"Document".equals(reader.getLocalName()) || namespace == null || !NAMESPACE.matcher(namespace).matches()) {
                    throw new Rejection(ProblemType.STATEMENT_UNSUPPORTED,
                            (namespace == null ? "" : namespace + " ") + reader.getLocalName());
                }
            }
            if (++depth > MAX_DEPTH) {
                throw new Rejection(ProblemType.STATEMENT_UNSUPPORTED, reader.getLocalName());
            }
            path.append('/').append(reader.getLocalName());
            text.setLength(0);
            String at = path.toString();
            switch (at) {
                case STATEMENT -> {
                    statementId = null;
                    iban = null;
                    credits = new ArrayList<>();
                    otherEntries = 0;
                }
                case ENTRY -> entry = new Entry(++entryNumber);
                case TRANSACTION -> {
                    transaction = new Transaction();
                    entry.transactions.add(transaction);
                }
                case ENTRY + "/Amt" -> entry.currency = reader.getAttributeValue(null, "Ccy");
                case TRANSACTION + "/Amt", TRANSACTION + "/AmtDtls/TxAmt/Amt" ->
                        transaction.currency = reader.getAttributeValue(null, "Ccy");
                default -> {
                    // only the elements below carry text the gateway reads
                }
            }
        }

        private void end() {
            String at = path.toString();
            String value = text.toString().strip();
            switch (at) {
                case STATEMENT + "/Id" -> statementId = field(value);
                case STATEMENT + "/Acct/Id/IBAN" -> iban = field(value);
                case ENTRY + "/Amt" -> entry.amount = value;
                case ENTRY + "/CdtDbtInd" -> entry.credit = "CRDT".equals(value);
                case ENTRY + "/Sts", ENTRY + "/Sts/Cd" -> entry.status = value.isEmpty() ? entry.status : value;
                case ENTRY + "/BookgDt/Dt", ENTRY + "/BookgDt/DtTm" -> entry.bookedOn = value;
                case ENTRY + "/AcctSvcrRef" -> entry.bankReference = field(value);
                case TRANSACTION + "/Amt", TRANSACTION + "/AmtDtls/TxAmt/Amt" -> transaction.amount = value;
                case TRANSACTION + "/Refs/AcctSvcrRef" -> transaction.bankReference = field(value);
                case TRANSACTION + "/RmtInf/Strd/CdtrRefInf/Ref" -> transaction.structured = field(value);
                case TRANSACTION + "/RmtInf/Ustrd" -> transaction.unstructured =
                        transaction.unstructured == null ? field(value) : transaction.unstructured;
                case TRANSACTION + "/RltdPties/Dbtr/Nm", TRANSACTION + "/RltdPties/Dbtr/Pty/Nm" -> transaction.debtor = field(value);
                case ENTRY -> {
                    if (entry.credit && "BOOK".equals(entry.status)) {
                        credits.addAll(entry.credits());
                    } else {
                        otherEntries++;
                    }
                    entry = null;
                }
                case STATEMENT -> statements.add(new BankStatement(required(statementId, 0, "Id"),
                        required(iban, 0, "Acct/Id/IBAN"), credits, otherEntries));
                default -> {
                    // an element the gateway does not read
                }
            }
            path.setLength(path.lastIndexOf("/"));
            depth--;
            text.setLength(0);
        }

        /** A text the gateway keeps: none is longer in ISO 20022 (Max35Text, Max140Text). */
        private String field(String value) {
            if (value.length() > MAX_FIELD) {
                throw new Rejection(ProblemType.STATEMENT_ENTRY_INVALID, entryNumber, reader.getLocalName());
            }
            return value;
        }
    }

    /** An entry (Ntry) as read so far. */
    private static final class Entry {

        private final int number;
        private final List<Transaction> transactions = new ArrayList<>();
        private String amount;
        private String currency;
        private boolean credit;
        private String status;
        private String bookedOn;
        private String bankReference;

        Entry(int number) {
            this.number = number;
        }

        /** One credit per transaction; a batch's transactions each need an amount, and each a bank reference. */
        List<BankCredit> credits() {
            LocalDate booked = date(required(bookedOn, number, "BookgDt"));
            if (transactions.isEmpty()) {
                return List.of(new BankCredit(required(bankReference, number, "AcctSvcrRef"),
                        amount(amount, number), required(currency, number, "Amt/@Ccy"), booked, null, null));
            }
            List<BankCredit> credits = new ArrayList<>();
            boolean batch = transactions.size() > 1;
            for (int i = 0; i < transactions.size(); i++) {
                Transaction tx = transactions.get(i);
                String reference = tx.bankReference != null ? tx.bankReference
                        : required(bankReference, number, "AcctSvcrRef") + (batch ? "/" + (i + 1) : "");
                if (reference.length() > MAX_FIELD) {
                    throw new Rejection(ProblemType.STATEMENT_ENTRY_INVALID, number, "AcctSvcrRef");
                }
                String txAmount = tx.amount != null || batch ? tx.amount : amount;
                String txCurrency = tx.currency != null || batch ? tx.currency : currency;
                credits.add(new BankCredit(reference, amount(txAmount, number), required(txCurrency, number, "Amt/@Ccy"),
                        booked, tx.structured != null ? tx.structured : tx.unstructured, tx.debtor));
            }
            return credits;
        }

        private LocalDate date(String text) {
            try {
                return text.length() == 10 ? LocalDate.parse(text)
                        : text.matches(".*([+-]\\d{2}:\\d{2}|Z)$") ? OffsetDateTime.parse(text).toLocalDate()
                        : LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException invalid) {
                throw new Rejection(ProblemType.STATEMENT_ENTRY_INVALID, number, "BookgDt");
            }
        }
    }

    /** A transaction (TxDtls) of an entry. */
    private static final class Transaction {
        private String amount;
        private String currency;
        private String bankReference;
        private String structured;
        private String unstructured;
        private String debtor;
    }

    private static BigDecimal amount(String text, int entry) {
        try {
            BigDecimal amount = new BigDecimal(required(text, entry, "Amt"));
            // a huge exponent ("1e100000000") would keep the arithmetic busy for minutes
            if (amount.signum() <= 0 || amount.scale() < 0 || amount.scale() > MAX_SCALE
                    || amount.precision() > MAX_PRECISION) {
                throw new NumberFormatException(text);
            }
            return amount;
        } catch (NumberFormatException invalid) {
            throw new Rejection(ProblemType.STATEMENT_ENTRY_INVALID, entry, "Amt");
        }
    }

    private static String required(String value, int entry, String element) {
        if (value == null || value.isEmpty()) {
            throw new Rejection(ProblemType.STATEMENT_ENTRY_INVALID, entry, element);
        }
        return value;
    }
}
