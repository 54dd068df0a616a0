package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UuidParamsTest {

    private static final UuidParams PROVIDER = new UuidParams();

    @Test
    void readsAnIdWithSpacesAround() {
        UUID id = UUID.randomUUID();
        assertThat(converter(path("contractId")).fromString(" " + id + " ")).isEqualTo(id);
        assertThat(converter(path("contractId")).toString(id)).isEqualTo(id.toString());
    }

    @Test
    void refusesAMalformedIdAsRequireUuidDoesNamingThePathParameter() {
        assertRefusedAsRequireUuid(path("contractId"), "contractId", "not-an-id");
    }

    @Test
    void refusesABlankQueryParameterAsRequired() {
        assertRefusedAsRequireUuid(query("budgetId"), "budgetId", " ");
    }

    @Test
    void convertsNothingButUuids() {
        assertThat(PROVIDER.getConverter(String.class, String.class, new Annotation[] {path("id")})).isNull();
    }

    private static void assertRefusedAsRequireUuid(Annotation parameter, String name, String value) {
        ProblemException expected = catchThrowableOfType(ProblemException.class, () -> ProblemException.requireUuid(name, value));
        WebApplicationException refusal = catchThrowableOfType(WebApplicationException.class, () -> converter(parameter).fromString(value));
        // Not a bare WebApplicationException, which a path parameter would turn into 404: it carries the problem as its cause.
        assertThat(refusal.getResponse().getStatus()).isEqualTo(400);
        assertThat(refusal.getCause()).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED).isEqualTo(expected.type());
            assertThat(problem.getMessage()).isEqualTo(expected.getMessage()).contains("'" + name + "'");
        });
    }

    private static ParamConverter<UUID> converter(Annotation parameter) {
        return PROVIDER.getConverter(UUID.class, UUID.class, new Annotation[] {parameter});
    }

    /** A resource method's parameters, each with the annotation JAX-RS hands the provider beside its type. */
    @SuppressWarnings("unused")
    private static void resourceMethod(@PathParam("contractId") UUID contractId, @PathParam("id") String id,
                                       @QueryParam("budgetId") UUID budgetId) {
    }

    private static Annotation path(String name) {
        return parameter(PathParam.class, name);
    }

    private static Annotation query(String name) {
        return parameter(QueryParam.class, name);
    }

    /** The annotation of {@link #resourceMethod}'s parameter that is of that kind and names that parameter. */
    private static Annotation parameter(Class<? extends Annotation> kind, String name) {
        Method method = Arrays.stream(UuidParamsTest.class.getDeclaredMethods())
                .filter(declared -> declared.getName().equals("resourceMethod")).findFirst().orElseThrow();
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream).filter(kind::isInstance)
                .filter(annotation -> name.equals(annotation instanceof PathParam pathParam ? pathParam.value()
                        : ((QueryParam) annotation).value()))
                .findFirst().orElseThrow();
    }
}
