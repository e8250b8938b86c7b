package eu.egov.gateway.identity.application;

import jakarta.ejb.ApplicationException;

import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/**
 * A refused sign-in. Unlike other rejections it commits: the failed attempt it counted must stay
 * counted, or throttling would never begin.
 */
@ApplicationException(rollback = false)
public class SignInRefused extends Rejection {

    public SignInRefused(ProblemType type) {
        super(type);
    }
}
