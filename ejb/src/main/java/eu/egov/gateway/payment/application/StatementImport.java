package eu.egov.gateway.payment.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.filing.application.Fees;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.payment.domain.BankCredit;
import eu.egov.gateway.payment.domain.BankStatement;
import eu.egov.gateway.payment.domain.PaymentRepository;
import eu.egov.gateway.payment.domain.ReceivedPayment;
import eu.egov.gateway.payment.infrastructure.Camt053Reader;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.Settings;

/**
 * A finance officer imports the bank's camt.053 statement of the authority's fee account: each booked credit
 * is reconciled with the fee its reference names, once, however often the statement is imported. The whole
 * file is one transaction: a file refused half-way pays nothing.
 */
@Stateless
public class StatementImport {

    @Inject
    private PaymentRepository payments;

    @Inject
    private Fees fees;

    @Inject
    private AuditLog audit;

    /** @param length the body's length as the client announced it; -1 if it did not, and reading stops at the limit */
    public ImportedStatement importStatement(Caller caller, long length, InputStream xml) {
        caller.require(Role.FINANCE);
        if (length > Settings.statementMaxBytes()) {
            throw Rejection.tooLarge(ProblemType.STATEMENT_TOO_LARGE, Settings.statementMaxBytes());
        }
        List<BankStatement> statements = new Camt053Reader(Settings.statementMaxBytes()).read(xml);
        for (BankStatement statement : statements) {
            if (!statement.iban().replace(" ", "").equals(Settings.feeAccountIban())) {
                throw new Rejection(ProblemType.STATEMENT_OTHER_ACCOUNT, statement.iban(), Settings.feeAccountIban());
            }
        }
        List<PaymentView> imported = new ArrayList<>();
        int alreadyImported = 0;
        int forOtherAuthorities = 0;
        int otherEntries = 0;
        Instant now = Instant.now();
        for (BankStatement statement : statements) {
            otherEntries += statement.otherEntries();
            for (BankCredit credit : statement.credits()) {
                if (payments.contains(credit.bankReference())) {
                    alreadyImported++;
                    continue;
                }
                if (fees.payableToAnotherAuthority(caller, credit.remittance())) {
                    forOtherAuthorities++;
                    continue;
                }
                Fees.Credited credited = fees.credit(caller, credit.remittance(), credit.amount(), credit.currency(),
                        credit.bookedOn());
                ReceivedPayment payment = new ReceivedPayment(caller.organisationId(), statement.id(), credit,
                        credited.outcome(), credited.surplus(), credited.filingReference(), caller.userId(), now);
                payments.add(payment);
                imported.add(PaymentView.of(payment));
            }
        }
        List<String> ids = statements.stream().map(BankStatement::id).toList();
        audit.record(caller.username(), "statement.imported", String.join(" ", ids),
                imported.size() + " new payments, " + alreadyImported + " already imported");
        return new ImportedStatement(ids, imported, alreadyImported, forOtherAuthorities, otherEntries);
    }
}
