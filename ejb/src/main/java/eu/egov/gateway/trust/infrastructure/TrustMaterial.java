package eu.egov.gateway.trust.infrastructure;

import java.security.cert.X509Certificate;

/**
 * The gateway's keys: the seal key signs submissions and PDFs, the time-stamping key runs the local TSA.
 */
public record TrustMaterial(SigningKey seal, SigningKey timeStamping) {

    public X509Certificate certificateAuthority() {
        return seal.certificateAuthority();
    }
}
