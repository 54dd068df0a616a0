package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.service.CouncilPlanService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/improvement-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class ImprovementPlansResource {

    @Inject
    CouncilPlanService councilPlans;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Create a plan the council holds before a trust exists", description = "A plan as agreed, named by its council, "
            + "with no contract: its plan version 1. Refreshed, given recommendations, actions and reviews like a contract's plan; "
            + "passes to the trust's contract at `/api/v1/improvement-plans/{id}/contract`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImprovementPlanView.class)))
    public RestResponse<ImprovementPlanView> create(@NotNull @Valid CouncilPlanRequest request) {
        ImprovementPlan plan = councilPlans.create(request.council(), request.title().strip(), request.agreedOn(),
                request.themes().stream().map(String::strip).toList());
        return EntityTags.created(URI.create("/api/v1/improvement-plans/" + plan.id()), ImprovementMapper.toView(plan), plan.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the plans councils hold before a trust exists", description = "Plans with no contract, of the council named "
            + "(any case) or of every council; oldest agreed first. A contract's plans are at `/api/v1/contracts/{id}/improvement-plans`.")
    @APIResponse(responseCode = "200", description = "The plans")
    public List<ImprovementPlanView> plans(@QueryParam("council") @Parameter(description = "The council's name",
            example = "Darlington Borough Council") String council) {
        return councilPlans.heldBy(Optional.ofNullable(council)).stream().map(ImprovementMapper::toView).toList();
    }
}
