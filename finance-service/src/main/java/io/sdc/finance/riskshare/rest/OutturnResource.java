package io.sdc.finance.riskshare.rest;

import io.sdc.finance.riskshare.Outturn;
import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.OutturnStatus;
import io.sdc.finance.riskshare.service.RiskShareService;
import io.sdc.platform.money.Money;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/budgets/{id}/outturn")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk share and outturn")
public class OutturnResource {

    @Inject
    RiskShareService riskShare;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The draft outturn")
    public RestResponse<View> draft(@PathParam("id") UUID id) {
        return respond(riskShare.draft(id));
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The outturn")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        return respond(riskShare.outturn(id));
    }

    @POST
    @Path("/finalisation")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Final")
    public RestResponse<View> finalise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(riskShare.finalise(id, EntityTags.expectedVersion(ifMatch)));
    }

    private static RestResponse<View> respond(Outturn outturn) {
        return EntityTags.current(new View(outturn.id(), outturn.budgetId(), outturn.status(), outturn.trustPosition(),
                outturn.calculation(), outturn.version()), outturn.version());
    }

    @Schema(name = "Outturn")
    public record View(UUID id, UUID budgetId, OutturnStatus status,
                       @Schema(description = "Positive: surplus after the risk share", example = "49000.00") Money trustPositionAfterRiskShare,
                       OutturnCalculation calculation, long version) {
    }
}
