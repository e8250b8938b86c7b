package eu.egov.gateway.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import eu.egov.gateway.filing.application.FormCatalogue;
import eu.egov.gateway.identity.domain.IdentityRepository;
import eu.egov.gateway.identity.domain.Mandate;
import eu.egov.gateway.identity.domain.Organisation;
import eu.egov.gateway.identity.domain.OrganisationKind;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.identity.domain.SizeClass;
import eu.egov.gateway.identity.domain.UserAccount;
import eu.egov.gateway.shared.infrastructure.ReferenceGenerator;
import eu.egov.gateway.shared.infrastructure.Settings;
import eu.egov.gateway.trust.application.PasswordHasher;

/**
 * Demo mode only (gateway.demo=true): one authority with its form, three firms (two of them SMEs), an accounting
 * firm with a mandate from one of them, and a user for each role, with the passwords README lists. Never runs in
 * production.
 */
@Singleton
@Startup
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String[] FORMS = {"forms/business-activity-change.json", "forms/terrace-permit.json",
            "forms/tourist-tax-declaration.json"};

    @Inject
    private IdentityRepository identities;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private FormCatalogue catalogue;

    @Inject
    private ReferenceGenerator references;

    @PostConstruct
    void seed() {
        if (!Settings.demo() || identities.userByUsername("amelie").isPresent()) {
            return;
        }
        Organisation authority = organisation(OrganisationKind.AUTHORITY, "Business Registration Office", "BE",
                "0123.456.789", null, null);
        Organisation dupont = organisation(OrganisationKind.ECONOMIC_OPERATOR, "Atelier Dupont SARL", "FR",
                "RCS Lyon 812 345 678", "FR40812345678", SizeClass.SMALL);
        Organisation nordlicht = organisation(OrganisationKind.ECONOMIC_OPERATOR, "Nordlicht Logistik GmbH", "DE",
                "HRB 98765 Hamburg", "DE298765432", SizeClass.LARGE);
        Organisation rossi = organisation(OrganisationKind.ECONOMIC_OPERATOR, "Officina Rossi S.r.l.", "IT",
                "REA MI-2345678", "IT12345678901", SizeClass.SMALL);

        UserAccount amelie = user("amelie", "Amélie Dupont", Locale.FRENCH, dupont, "atelier-dupont.example",
                Role.APPLICANT, Role.BIDDER);
        user("jonas", "Jonas Becker", Locale.GERMAN, nordlicht, "nordlicht-logistik.example", Role.APPLICANT, Role.BIDDER);
        user("luca", "Luca Rossi", Locale.ENGLISH, rossi, "officina-rossi.example", Role.APPLICANT, Role.BIDDER);
        // the company workspace: a colleague of Amélie's, and an accountant who files for Atelier Dupont
        user("bruno", "Bruno Lefèvre", Locale.ENGLISH, dupont, "atelier-dupont.example", Role.APPLICANT);
        Organisation fiduciaire = organisation(OrganisationKind.ECONOMIC_OPERATOR, "Fiduciaire Martin & Associés", "FR",
                "RCS Lyon 901 234 567", "FR55901234567", SizeClass.MICRO);
        user("fanny", "Fanny Martin", Locale.FRENCH, fiduciaire, "fiduciaire-martin.example", Role.APPLICANT);
        Instant now = Instant.now();
        identities.add(new Mandate(references.next("MND", now), dupont.id(), fiduciaire.id(), List.of(), now,
                now.plus(Duration.ofDays(365)), amelie.id(), now));
        String office = "business-registration.example";
        user("claire", "Claire Martin", Locale.ENGLISH, authority, office, Role.CLERK);
        user("clement", "Clément Roux", Locale.FRENCH, authority, office, Role.CLERK);
        user("paul", "Paul Janssens", Locale.ENGLISH, authority, office, Role.PROCUREMENT_OFFICER);
        user("olga", "Olga Peeters", Locale.ENGLISH, authority, office, Role.OPENING_MEMBER);
        user("omar", "Omar Haddad", Locale.FRENCH, authority, office, Role.OPENING_MEMBER);
        user("odile", "Odile Fontaine", Locale.FRENCH, authority, office, Role.OPENING_MEMBER);
        user("oscar", "Oscar Dubois", Locale.ENGLISH, authority, office, Role.OPENING_MEMBER);
        user("eva", "Eva Wouters", Locale.ENGLISH, authority, office, Role.EVALUATOR);
        user("aude", "Aude Lambert", Locale.FRENCH, authority, office, Role.AUDITOR);
        user("fiona", "Fiona Claes", Locale.ENGLISH, authority, office, Role.FINANCE);
        user("admin", "Gateway Administrator", Locale.ENGLISH, authority, office, Role.ADMIN);

        for (String form : FORMS) {
            catalogue.install(authority.id(), resource(form));
        }
        LOG.warning("DEMO MODE: demo organisations, users and passwords were created. Never run demo mode in production.");
    }

    private Organisation organisation(OrganisationKind kind, String name, String country, String registration,
                                      String vat, SizeClass size) {
        Organisation organisation = new Organisation(kind, name, country, registration, vat, size);
        identities.add(organisation);
        return organisation;
    }

    /**
     * Demo passwords follow one rule so that README can list them: the username, a dash, "demo"; so do the
     * addresses, the username at the organisation's (reserved, undeliverable) .example domain.
     */
    private UserAccount user(String username, String name, Locale language, Organisation organisation, String mailDomain,
                      Role... roles) {
        UserAccount user = new UserAccount(username, name, passwords.hash((username + "-demo").toCharArray()), language);
        user.changeEmail(username + "@" + mailDomain);
        for (Role role : roles) {
            user.join(organisation, role);
        }
        identities.add(user);
        return user;
    }

    private static String resource(String name) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
