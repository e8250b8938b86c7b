package eu.egov.gateway.web.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.shared.domain.ProblemType;
import eu.egov.gateway.shared.domain.Rejection;

/** The caller the authentication filter recognised for this request, if any. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller recognised) {
        this.caller = recognised;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** The signed-in caller; anonymous requests are refused here. */
    public Caller require() {
        if (caller == null) {
            throw new Rejection(ProblemType.AUTHENTICATION_REQUIRED);
        }
        return caller;
    }
}
