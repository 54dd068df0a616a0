package io.sdc.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The boundaries every service keeps: resources speak in DTOs and never expose an entity; the layers below the
 * REST layer never reach up into it; the shared platform knows nothing of any service.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static void check(String servicePackage) {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage, "io.sdc.platform");
        long resources = service.stream().filter(javaClass -> javaClass.isAnnotatedWith(Path.class)).count();
        if (resources == 0 || service.stream().noneMatch(javaClass -> javaClass.getPackageName().startsWith("io.sdc.platform"))) {
            throw new AssertionError("The architecture rules found no classes to check in " + servicePackage);
        }

        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should(neverExposeEntities())
                .allowEmptyShould(true)
                .check(service);

        noClasses().that().resideInAnyPackage(servicePackage + "..service..", servicePackage + "..repository..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + "..rest..")
                .allowEmptyShould(true)
                .because("only the REST layer and its mapping know the API's documents")
                .check(service);

        noClasses().that().resideInAPackage("io.sdc.platform..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + "..")
                .because("the platform holds no domain code and knows no service")
                .check(service);
    }

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
