package io.sdc.performance.observation.rest;

import io.sdc.performance.observation.ObservationStatus;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ObservationRequest", description = "An indicator's value for a period. For a percentage or a rate give numerator and "
        + "denominator and the value is computed (checked if you give it too); for a count or days give the value. A value, given or "
        + "computed, is at most 9999999999.99: a rate beyond it is refused naming the numerator.")
public record ObservationRequest(
        @NotBlank @Size(max = 60) @Schema(example = "RE-REFERRALS") String indicatorCode,
        @NotBlank @Schema(description = "A month (2015-06) or a calendar quarter (2015-Q2: April to June)", example = "2015-Q3") String period,
        @Min(0) @Schema(example = "46") Long numerator,
        @Min(1) @Schema(example = "200") Long denominator,
        @Digits(integer = 10, fraction = 2) @Schema(example = "23.0") BigDecimal value,
        @NotNull @Schema(example = "PROVISIONAL") ObservationStatus status,
        @Size(max = 4000) @Schema(example = "Front Door arrangements strengthened") String commentary) {
}
