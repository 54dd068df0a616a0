package io.sdc.performance.basket.rest;

import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.ToleranceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "BasketEntryRequest", description = "An indicator's baseline, target, tolerance and comparators in a draft basket.")
public record BasketEntryRequest(
        @Digits(integer = 10, fraction = 2) @Schema(description = "The contract baseline: the value at transfer", example = "38") BigDecimal baselineValue,
        @Schema(example = "2014-10-01") LocalDate baselineDate,
        @NotNull @Digits(integer = 10, fraction = 2) @Schema(description = "Target performance level", example = "25") BigDecimal target,
        @NotNull @Schema(description = "THRESHOLD: the tolerance is the worst acceptable level; MARGIN: a distance from the target", example = "THRESHOLD")
        ToleranceKind toleranceKind,
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) @Schema(example = "30") BigDecimal tolerance,
        @Size(max = 10) List<@Valid ComparatorRequest> comparators) {

    @Schema(name = "ComparatorRequest")
    public record ComparatorRequest(
            @NotNull @Schema(example = "NATIONAL") Comparator.Kind kind,
            @NotNull @Digits(integer = 10, fraction = 2) @Schema(example = "24") BigDecimal value,
            @Pattern(regexp = "\\d{4}(/\\d{2})?", message = "must be a year such as 2015 or 2014/15") @Schema(example = "2014/15") String dataYear) {
    }
}
