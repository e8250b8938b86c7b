package eu.egov.gateway.payment.domain;

import java.util.List;
import java.util.Optional;

/** The payments read from the authority's bank statements. */
public interface PaymentRepository {

    boolean contains(String authorityId, String bankReference);

    void add(ReceivedPayment payment);

    /** The payment, locked until the transaction ends. */
    Optional<ReceivedPayment> paymentForUpdate(String authorityId, String id);

    /** The authority's payments, latest booking first; with {@code unresolvedOnly}, those a person must look at. */
    List<ReceivedPayment> payments(String authorityId, boolean unresolvedOnly, int offset, int limit);

    long countPayments(String authorityId, boolean unresolvedOnly);
}
