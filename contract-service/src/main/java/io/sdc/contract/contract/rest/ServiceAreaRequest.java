package io.sdc.contract.contract.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ServiceAreaRequest", description = "A service area to put in a draft contract's scope, or its correction.")
public record ServiceAreaRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case words joined by hyphens")
        @Schema(example = "referral-and-response") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Referral and Response") String name,
        @NotNull @Schema(example = "2014-10-01") LocalDate inScopeFrom,
        @Schema(description = "Optional last day in scope", example = "2024-09-30") LocalDate inScopeTo,
        @Size(max = 1000) @Schema(description = "Why: required to correct a service area (here or in the Change-Reason header), "
                + "kept in the audit history", example = "Fostering was in scope from commencement, not a year later")
        String reason) {
}
