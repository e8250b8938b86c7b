package eu.egov.gateway.procurement.domain;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import eu.egov.gateway.trust.domain.TenderKeys;

/**
 * A published tender's bid key as the gateway keeps it: the public key bids are sealed to, and the
 * private key only as shares, each encrypted to one board member's credential. The private key
 * itself is stored nowhere.
 */
@Entity
@Table(name = "tender_sealing")
public class TenderSealing {

    @Id
    @Column(name = "tender_id", length = 36)
    private String tenderId;

    @Lob
    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(nullable = false)
    private int threshold;

    /** By the member's username, as the tender's board names them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_key_share", joinColumns = @JoinColumn(name = "tender_id"))
    @MapKeyColumn(name = "member", length = 100)
    @Lob
    @Column(name = "encrypted_share", nullable = false)
    private Map<String, byte[]> encryptedShares = new HashMap<>();

    protected TenderSealing() {
    }

    public TenderSealing(String tenderId, TenderKeys keys) {
        this.tenderId = tenderId;
        this.publicKey = keys.publicKey();
        this.threshold = keys.threshold();
        this.encryptedShares = new HashMap<>(keys.encryptedShares());
    }

    public String tenderId() {
        return tenderId;
    }

    public TenderKeys keys() {
        return new TenderKeys(publicKey.clone(), encryptedShares, threshold);
    }
}
