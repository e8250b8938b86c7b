package eu.egov.gateway.payment.domain;

import java.util.List;
import java.util.Optional;

/** The payments read from the fee account's bank statements. */
public interface PaymentRepository {

    /**
     * Whether any authority read this credit already: the fee account is the gateway's, so one statement may
     * be imported by each authority's finance officers, and its credits must count once.
     */
    boolean contains(String bankReference);

    /** Refused as {@code statement-imported-meanwhile} when another import recorded the same bank reference first. */
    void add(ReceivedPayment payment);

    /** The payment, locked until the transaction ends. */
    Optional<ReceivedPayment> paymentForUpdate(String authorityId, String id);

    /** The authority's payments, latest booking first; with {@code unresolvedOnly}, those a person must look at. */
    List<ReceivedPayment> payments(String authorityId, boolean unresolvedOnly, int offset, int limit);

    long countPayments(String authorityId, boolean unresolvedOnly);
}
