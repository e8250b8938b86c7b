package eu.egov.gateway;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The walls of DESIGN.md §2: each outside library stays inside the one context that owns it. */
@AnalyzeClasses(packages = "eu.egov.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTrustUsesBouncyCastle = noClasses()
            .that().resideOutsideOfPackage("eu.egov.gateway.trust..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..");

    @ArchTest
    static final ArchRule onlyDocumentsUsesFop = noClasses()
            .that().resideOutsideOfPackage("eu.egov.gateway.documents..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.fop..");

    @ArchTest
    static final ArchRule onlyWorkflowUsesCamunda = noClasses()
            .that().resideOutsideOfPackage("eu.egov.gateway.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule domainsUseNoTechnology = noClasses()
            .that().resideInAPackage("eu.egov.gateway.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.bouncycastle..", "org.apache.fop..", "org.apache.pdfbox..", "org.camunda..",
                    "com.networknt..", "com.fasterxml..")
            .orShould().dependOnClassesThat().resideInAnyPackage("eu.egov.gateway.*.application..",
                    "eu.egov.gateway.*.infrastructure..");

    /** A context's infrastructure (keys, FOP, the engine, JPA) is its own business; others use its application layer. */
    @ArchTest
    static void infrastructureStaysInsideItsContext(JavaClasses classes) {
        for (String context : List.of("filing", "procurement", "identity", "trust", "documents", "audit", "workflow",
                "notification", "payment")) {
            noClasses().that().resideOutsideOfPackage("eu.egov.gateway." + context + "..")
                    .should().dependOnClassesThat().resideInAPackage("eu.egov.gateway." + context + ".infrastructure..")
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule workflowDoesNotKnowTheContextsItServes = noClasses()
            .that().resideInAPackage("eu.egov.gateway.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.egov.gateway.filing..", "eu.egov.gateway.procurement..");

    /** {@code Json}'s static methods and {@code JsonStructure.getValue} look the JSON-P provider up on every call. */
    @ArchTest
    static final ArchRule oneJsonProvider = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(Json.class)
            .orShould().callMethodWhere(target(name("getValue")).and(target(owner(assignableTo(JsonStructure.class)))))
            .because("Jsonp.JSON is the one provider, looked up once");
}
