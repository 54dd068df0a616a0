package io.sdc.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries every service keeps: resources speak in DTOs, never expose an entity and call services only; the
 * layers below the REST layer never reach up into it; each feature keeps its domain at its root and its parts in the
 * same sub-packages ({@code rest}, {@code service}, {@code repository}, {@code mapping}, {@code events}); the domain
 * depends on neither services nor resources; features depend on each other without cycles; events are records of
 * their own; every "now" comes from the injected clock; the shared platform knows nothing of any service.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static void check(String servicePackage) {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(servicePackage, "io.sdc.platform");
        long resources = service.stream().filter(javaClass -> javaClass.isAnnotatedWith(Path.class)).count();
        if (resources == 0 || service.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith("io.sdc.platform"))) {
            throw new AssertionError("The architecture rules found no classes to check in " + servicePackage);
        }

        List<String> violations = new ArrayList<>();
        for (ArchRule rule : List.of(
                methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                        .should(neverExposeEntities())
                        .allowEmptyShould(true),

                noClasses().that().resideInAnyPackage(servicePackage + "..service..", servicePackage + "..repository..")
                        .should().dependOnClassesThat().resideInAPackage(servicePackage + "..rest..")
                        .allowEmptyShould(true)
                        .because("only the REST layer and its mapping know the API's documents"),

                noClasses().that().resideInAPackage(servicePackage + "..rest..")
                        .should().dependOnClassesThat().resideInAPackage(servicePackage + "..repository..")
                        .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                        .orShould().dependOnClassesThat().areAssignableTo(QuarkusTransaction.class)
                        .orShould().beAnnotatedWith(Transactional.class)
                        .because("resources map documents and call services, which own transactions and repositories"),

                noMethods().that().areDeclaredInClassesThat().resideInAPackage(servicePackage + "..rest..")
                        .should().beAnnotatedWith(Transactional.class)
                        .allowEmptyShould(true)
                        .because("services own transactions"),

                classes().that().resideInAPackage(servicePackage + ".*.*..")
                        .should().resideInAnyPackage(FEATURE_PARTS.stream().map(part -> servicePackage + ".*." + part + "..").toArray(String[]::new))
                        .because("every feature has the same parts: " + FEATURE_PARTS),

                noClasses().that().resideInAPackage(servicePackage + ".*")
                        .should().dependOnClassesThat().resideInAnyPackage(servicePackage + "..service..", servicePackage + "..rest..")
                        .because("the domain depends on neither the services that use it nor the API"),

                slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                        .because("features depend on one another in one direction only"),

                classes().that().implement(DomainEvent.class)
                        .should().resideInAPackage(servicePackage + ".*.events")
                        .andShould().beRecords()
                        .andShould().beAnnotatedWith(EventData.class)
                        .allowEmptyShould(true)
                        .because("an event is a record of its own, owned by the feature that publishes it, never a REST view"),

                noClasses().should().callMethod(Instant.class, "now")
                        .orShould().callMethod(LocalDate.class, "now")
                        .orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(OffsetDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now")
                        .orShould().callMethod(Clock.class, "systemUTC")
                        .orShould().callMethod(Clock.class, "systemDefaultZone")
                        .because("every \"now\" comes from the injected clock, which tests can set"),

                noClasses().that().resideInAPackage("io.sdc.platform..")
                        .should().dependOnClassesThat().resideInAPackage(servicePackage + "..")
                        .because("the platform holds no domain code and knows no service"))) {
            EvaluationResult result = rule.evaluate(service);
            if (result.hasViolation()) {
                violations.add(result.getFailureReport().toString());
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n\n", violations));
        }
    }

    private static final List<String> FEATURE_PARTS = List.of("rest", "service", "repository", "mapping", "events");

    private static ArchCondition<JavaMethod> neverExposeEntities() {
        return new ArchCondition<>("neither take nor return a persistent entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawReturnType().isAnnotatedWith(Entity.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                }
                method.getRawParameterTypes().stream().filter(type -> type.isAnnotatedWith(Entity.class)).forEach(type ->
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes the entity " + type.getName())));
            }
        };
    }
}
