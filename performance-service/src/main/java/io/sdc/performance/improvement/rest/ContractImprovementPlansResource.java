package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementPlan;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/improvement-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans", description = "Improvement plans, the recommendations of inspections and reviews, the actions that answer "
        + "them and the improvement board's view")
public class ContractImprovementPlansResource {

    @Inject
    ImprovementPlanService plans;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImprovementPlanView.class)))
    public RestResponse<ImprovementPlanView> create(@PathParam("contractId") UUID contractId, @NotNull @Valid ImprovementPlanRequest request) {
        ImprovementPlan plan = plans.create(contractId, request.title().strip(), request.agreedOn(), request.themes());
        return EntityTags.created(URI.create("/api/v1/improvement-plans/" + plan.id()), ImprovementMapper.toView(plan), plan.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The plans")
    public List<ImprovementPlanView> plans(@PathParam("contractId") UUID contractId) {
        return plans.plansOf(contractId).stream().map(ImprovementMapper::toView).toList();
    }
}
