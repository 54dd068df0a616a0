package io.sdc.performance.observation.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ObservationRequest", description = "An indicator's value for a period. For a percentage or a rate give numerator and "
        + "denominator and the value is computed (checked if you give it too); for a count or days give the value. A value, given or "
        + "computed, is at most 9999999999.99: a rate beyond it is refused naming the numerator. The figure is SUBMITTED (provisional) "
        + "until the council validates it.")
public record ObservationRequest(
        @NotBlank @Size(max = 60) @Schema(example = "RE-REFERRALS") String indicatorCode,
        @NotBlank @Schema(description = "A month (2015-06) or a calendar quarter (2015-Q2: April to June)", example = "2015-Q3") String period,
        @Min(0) @Schema(example = "46") Long numerator,
        @Min(1) @Schema(example = "200") Long denominator,
        @Digits(integer = 10, fraction = 2) @Schema(example = "23.0") BigDecimal value,
        @Pattern(regexp = "PROVISIONAL|SUBMITTED|VALIDATED", message = "must be PROVISIONAL or SUBMITTED (or absent)")
        @Schema(deprecated = true, description = "Deprecated: leave it out. A submitted figure is always SUBMITTED (provisional); only the "
                + "council validates it. PROVISIONAL or SUBMITTED are accepted; VALIDATED is refused with 403.", example = "PROVISIONAL")
        String status,
        @Size(max = 4000) @Schema(example = "Front Door arrangements strengthened") String commentary,
        @Size(max = 1000) @Schema(description = "Why this figure supersedes the current one: required when that one is SUBMITTED "
                + "(awaiting validation) or VALIDATED (a correction of a locked period); optional over a RETURNED one. The "
                + "Change-Reason header is taken when it is absent.", example = "Late recording of three referrals corrected")
        String reason) {
}
