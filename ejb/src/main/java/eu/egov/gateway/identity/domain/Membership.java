package eu.egov.gateway.identity.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A user holds a role for an organisation. */
@Entity
@Table(name = "membership",
        uniqueConstraints = @UniqueConstraint(columnNames = {"user_id", "organisation_id", "role"}))
public class Membership {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    protected Membership() {
    }

    Membership(UserAccount user, Organisation organisation, Role role) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.organisation = organisation;
        this.role = role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Role role() {
        return role;
    }
}
