package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.service.ImprovementPlanService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/improvement-actions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class ImprovementActionResource {

    @Inject
    ImprovementPlanService plans;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an improvement action", description = "Its owner, due date, status and progress, with its version as ETag. "
            + "Its changes are in the audit history, `/api/v1/audit/improvement-action/{id}`.")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "No such action")
    public RestResponse<ActionView> action(@PathParam("id") UUID id) {
        return respond(plans.action(id));
    }

    @POST
    @Path("/progress")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @Operation(summary = "Report progress on an action", description = "Its owner's party (the trust's performance staff for the TRUST, "
            + "commissioners for the COUNCIL) reports what was done, with evidence links and the status it reports (NOT_STARTED, ON_TRACK "
            + "or AT_RISK; absent leaves it). Needs If-Match. An OVERDUE action stays overdue until the council confirms it complete.")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "409", description = "COMPLETE, or a status its lifecycle does not allow")
    public RestResponse<ActionView> reportProgress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @NotNull @Valid ProgressRequest request) {
        return respond(plans.reportProgress(id, EntityTags.expectedVersion(ifMatch), request.commentary(), request.status(), request.evidence()));
    }

    @POST
    @Path("/completion")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Confirm an action complete", description = "The council confirms it COMPLETE (final). Needs If-Match. Publishes "
            + "`performance.improvement-action.completed`.")
    @APIResponse(responseCode = "200", description = "Confirmed complete")
    @APIResponse(responseCode = "409", description = "Already complete")
    public RestResponse<ActionView> confirmCompletion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.confirmCompletion(id, EntityTags.expectedVersion(ifMatch)));
    }

    private static RestResponse<ActionView> respond(ImprovementAction action) {
        return EntityTags.current(ImprovementMapper.toView(action), action.version());
    }
}
