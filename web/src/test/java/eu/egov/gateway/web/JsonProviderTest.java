package eu.egov.gateway.web;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web module keeps to the one JSON-P provider, as the EJB module's ArchitectureTest has its classes do. */
@AnalyzeClasses(packages = "eu.egov.gateway.web", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonProviderTest {

    /** {@code Json}'s static methods and {@code JsonStructure.getValue} look the JSON-P provider up on every call. */
    @ArchTest
    static final ArchRule oneJsonProvider = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(Json.class)
            .orShould().callMethodWhere(target(name("getValue")).and(target(owner(assignableTo(JsonStructure.class)))))
            .because("Jsonp.JSON is the one provider, looked up once");
}
