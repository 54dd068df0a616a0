package io.sdc.platform.problem;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Puts the {@link Problem} schema into every service's OpenAPI components, for {@link ProblemResponsesFilter} to
 * refer each 4xx answer to. The title and description are each service's own (its {@code quarkus.smallrye-openapi.info-*}
 * configuration takes precedence over these).
 */
@OpenAPIDefinition(
        info = @Info(title = "Service Delivery Contract platform", version = "0.1.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public final class ProblemSchema {

    private ProblemSchema() {
    }
}
