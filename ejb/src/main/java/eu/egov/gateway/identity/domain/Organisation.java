package eu.egov.gateway.identity.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An economic operator or a public authority. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "registration_number", nullable = false, length = 64)
    private String registrationNumber;

    @Column(name = "vat_number", length = 32)
    private String vatNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", length = 16)
    private SizeClass sizeClass;

    protected Organisation() {
    }

    public Organisation(OrganisationKind kind, String name, String country, String registrationNumber,
                        String vatNumber, SizeClass sizeClass) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.name = name;
        this.country = country;
        this.registrationNumber = registrationNumber;
        this.vatNumber = vatNumber;
        this.sizeClass = sizeClass;
    }

    public String id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }
}
