package eu.egov.gateway.trust.domain;

/**
 * An opening board member's passphrase does not unlock their opening credential. Names the member, so that
 * the failed attempt can be recorded against them.
 */
public class WrongPassphrase extends RuntimeException {

    private final String memberId;

    public WrongPassphrase(String memberId) {
        // a damaged credential fails the same way: GCM cannot tell a wrong key from altered ciphertext
        super("The opening passphrase of board member " + memberId + " is wrong");
        this.memberId = memberId;
    }

    public String memberId() {
        return memberId;
    }
}
