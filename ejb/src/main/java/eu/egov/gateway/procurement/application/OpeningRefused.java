package eu.egov.gateway.procurement.application;

import jakarta.ejb.ApplicationException;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A refused attempt to open bids. Unlike other rejections it commits: the audit event that records
 * the attempt must survive the refusal.
 */
@ApplicationException(rollback = false)
public class OpeningRefused extends Rejection {

    public OpeningRefused(ProblemType type, Object... arguments) {
        super(type, arguments);
    }
}
