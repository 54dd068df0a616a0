package io.sdc.contract.contract.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ServiceArea", description = "A service area in the contract's scope and the period it is in scope.")
public record ServiceAreaView(
        UUID id,
        @Schema(example = "children-with-disability") String code,
        @Schema(example = "Children with Disability") String name,
        @Schema(example = "2016-04-01") LocalDate inScopeFrom,
        @Schema(description = "Absent while it stays in scope", example = "2019-03-31") LocalDate inScopeTo) {
}
