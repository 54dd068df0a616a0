package io.sdc.performance.indicator.rest;

import io.sdc.performance.indicator.Frequency;
import io.sdc.performance.indicator.Polarity;
import io.sdc.performance.indicator.Unit;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "IndicatorRequest", description = "The definition of a performance indicator.")
public record IndicatorRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Re-referrals to children's social care within 12 months") String name,
        @NotBlank @Size(max = 4000) @Schema(example = "Referrals in the period for children referred in the previous 12 months") String definition,
        @NotNull @Schema(example = "PERCENT") Unit unit,
        @NotNull @Schema(example = "LOWER_IS_BETTER") Polarity polarity,
        @NotNull @Schema(example = "QUARTERLY") Frequency frequency,
        @Size(max = 1000) @Schema(example = "Re-referrals within 12 months") String numeratorDefinition,
        @Size(max = 1000) @Schema(example = "All referrals") String denominatorDefinition,
        @Min(1) @Schema(description = "Below this denominator a value is suppressed as too small to judge", example = "20") Integer minimumDenominator,
        @Size(max = 200) @Schema(example = "Children in Need census") String dataSource,
        @Schema(description = "From when a changed definition, polarity or minimum denominator takes effect: required when redefining "
                + "any of them, after the date the latest definition took effect; periods ending before it keep being judged by the "
                + "definition then in force. Absent when creating, or changing only the name, unit, frequency, wording or source.",
                example = "2016-04-01") LocalDate effectiveFrom,
        @Size(max = 1000) @Schema(description = "Why it is redefined: required when redefining (with If-Match), else absent. The "
                + "Change-Reason header is taken when it is absent.", example = "The DfE changed the definition from April 2016")
        String reason) {
}
