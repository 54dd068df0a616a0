package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.service.ImprovementPlanService;
import io.sdc.performance.improvement.service.ImprovementReviewService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/recommendations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class RecommendationResource {

    @Inject
    ImprovementPlanService plans;

    @Inject
    ImprovementReviewService reviews;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The recommendation")
    public RestResponse<RecommendationView> recommendation(@PathParam("id") UUID id) {
        Recommendation recommendation = plans.recommendation(id);
        return respond(recommendation);
    }

    @POST
    @Path("/decisions")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Decided")
    public RestResponse<RecommendationView> decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @NotNull @Valid StatusDecisionRequest request) {
        Recommendation recommendation = plans.decide(id, EntityTags.expectedVersion(ifMatch), request.status(), request.monitoringBody(),
                request.decidedOn(), request.reason());
        return respond(recommendation);
    }

    private RestResponse<RecommendationView> respond(Recommendation recommendation) {
        return EntityTags.current(ImprovementMapper.toView(recommendation, reviews.evidenceIn(recommendation.planId())
                .getOrDefault(recommendation.id(), List.of())), recommendation.version());
    }

    @POST
    @Path("/actions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionView.class)))
    public RestResponse<ActionView> addAction(@PathParam("id") UUID id, @NotNull @Valid ActionRequest request) {
        ImprovementAction action = plans.addAction(id, request.title().strip(), request.ownerParty(), request.owner().strip(), request.dueDate());
        return EntityTags.created(URI.create("/api/v1/improvement-actions/" + action.id()), ImprovementMapper.toView(action), action.version());
    }

    @GET
    @Path("/actions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The actions")
    public List<ActionView> actions(@PathParam("id") UUID id) {
        return plans.actionsOf(id).stream().map(ImprovementMapper::toView).toList();
    }
}
