package eu.egov.gateway.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A person who signs in to the gateway, with the organisations they act for. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** Failed sign-ins in a row after which the account waits {@link #LOCKOUT} before it may try again. */
    static final int ATTEMPTS_BEFORE_LOCKOUT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /** BCP 47 tag of the language the user reads. */
    @Column(nullable = false, length = 16)
    private String language;

    /** Where notices are mailed; none means in-app notices only. Nullable so that existing tables can take it. */
    @Column(length = 254)
    private String email;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Membership> memberships = new ArrayList<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Locale language) {
        this.id = UUID.randomUUID().toString();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language.toLanguageTag();
    }

    public void changeEmail(String address) {
        this.email = address;
    }

    public void join(Organisation organisation, Role role) {
        memberships.add(new Membership(this, organisation, role));
    }

    public boolean isLockedOut(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedSignIn(Instant now) {
        failedSignIns++;
        if (failedSignIns >= ATTEMPTS_BEFORE_LOCKOUT) {
            lockedUntil = now.plus(LOCKOUT);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }
}
