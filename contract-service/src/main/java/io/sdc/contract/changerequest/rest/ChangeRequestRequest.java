package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import io.sdc.platform.rest.UuidParams;

@Schema(name = "ChangeRequestRequest", description = "A notifiable change to propose, or the new proposal of a draft.")
public record ChangeRequestRequest(
        @NotNull @Schema(example = "SERVICE_TRANSFER_IN") ChangeRequestType type,
        @NotBlank @Size(max = 200) @Schema(example = "Transfer of the Children with Disability service to the Trust") String title,
        @NotBlank @Size(max = 10000) @Schema(example = "Closer alignment of the CWD team with Referral and Response and the locality teams") String rationale,
        @NotNull @Schema(description = "When the change takes effect", example = "2016-04-01") LocalDate effectiveDate,
        @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE)
        @Schema(description = "Estimated financial impact in pounds, if any", example = "-111000.00") String financialImpact,
        @Schema(description = "Whether the change is inconsistent with the statutory direction, so that a further one is needed before approval", example = "true")
        Boolean requiresStatutoryDirection,
        @Valid @Schema(description = "For a service transfer: the service area") ServiceArea serviceArea,
        @Pattern(regexp = UuidParams.PATTERN, message = "must be a UUID")
        @Schema(description = "For a PI basket revision: the proposed basket version in performance-service") String basketVersionId,
        @Valid @Schema(description = "For a budget variation: the year, line and amount") Budget budget) {

    @Schema(name = "ChangeRequestServiceArea")
    public record ServiceArea(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case words joined by hyphens")
            @Schema(example = "children-with-disability") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Children with Disability") String name) {
    }

    @Schema(name = "ChangeRequestBudget")
    public record Budget(
            @NotBlank @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a financial year such as 2015/16")
            @Schema(example = "2015/16") String financialYear,
            @NotBlank @Size(max = 100) @Schema(example = "placements") String line,
            @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE)
            @Schema(example = "348000.00") String amount) {
    }
}
