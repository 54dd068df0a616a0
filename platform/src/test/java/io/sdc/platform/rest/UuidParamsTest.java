package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
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

    private static PathParam path(String name) {
        return new PathParam() {
            public String value() {
                return name;
            }

            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            public String value() {
                return name;
            }

            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }
}
