package io.sdc.finance.riskshare.rest;

import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.mapping.RiskShareMapper;
import io.sdc.finance.riskshare.service.RiskShareService;
import io.sdc.platform.money.Money;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/risk-share")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk share and outturn", description = "How over- and underspends are shared, and each year's outturn after the share")
public class RiskShareResource {

    @Inject
    RiskShareService riskShare;

    @PUT
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The mechanism")
    public RestResponse<Mechanism> define(@PathParam("contractId") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid Mechanism request) {
        RiskShareMechanism mechanism = riskShare.define(contractId, ifMatch,
                request.excludeDemandLed(), bands(request.overspendBands()), bands(request.underspendBands()));
        return EntityTags.current(RiskShareMapper.toView(mechanism), mechanism.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The mechanism")
    public RestResponse<Mechanism> get(@PathParam("contractId") UUID contractId) {
        RiskShareMechanism mechanism = riskShare.mechanism(contractId);
        return EntityTags.current(RiskShareMapper.toView(mechanism), mechanism.version());
    }

    private static List<RiskShareMechanism.Band> bands(List<Band> bands) {
        return bands.stream().map(band -> new RiskShareMechanism.Band(band.upTo() == null ? null : new BigDecimal(band.upTo()), band.basis(),
                band.trustSharePercent())).toList();
    }

    @Schema(name = "RiskShareMechanism")
    public record Mechanism(
            @Schema(description = "Leave demand-led lines (placements) out of the share", example = "false") boolean excludeDemandLed,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Band> overspendBands,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Band> underspendBands,
            @Schema(readOnly = true) Long version,
            @Schema(readOnly = true, description = "Its id, by which the audit history knows it (/api/v1/audit/risk-share-mechanism/{id})")
            UUID id) {
    }

    @Schema(name = "RiskShareBand", description = "A band up to an amount or a percentage of budget (absent: unlimited) and the trust's share in it")
    public record Band(
            @Pattern(regexp = Money.PATTERN, message = LIMIT_MESSAGE) @DecimalMin(value = "0.01", message = LIMIT_MESSAGE)
            @Schema(description = "The band's upper limit, written as money is: pounds for a band by AMOUNT, per cent of the budget "
                    + "for one by PERCENT_OF_BUDGET (1.50 is 1.5%); absent for the unlimited last band",
                    pattern = Money.PATTERN, example = "500000.00") String upTo,
            @NotNull @Schema(example = "AMOUNT") RiskShareMechanism.Basis basis,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(example = "30") BigDecimal trustSharePercent) {

        static final String LIMIT_MESSAGE = "must be a limit above zero with two decimal places, such as 500000.00, or 1.50 for 1.5% of the budget";

        public static Band of(RiskShareMechanism.Band band) {
            return new Band(band.upTo() == null ? null : band.upTo().setScale(2, RoundingMode.UNNECESSARY).toPlainString(), band.basis(), band.trustSharePercent());
        }
    }
}
