package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementPlan;
import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.RecommendationSource;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.mapping.ReviewMapper;
import io.sdc.performance.improvement.service.CouncilPlanService;
import io.sdc.performance.improvement.service.ImprovementBoardService;
import io.sdc.performance.improvement.service.ImprovementReviewService;
import io.sdc.performance.improvement.service.ImprovementPlanService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Params;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/improvement-plans/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class ImprovementPlanResource {

    @Inject
    ImprovementPlanService plans;

    @Inject
    ImprovementBoardService boards;

    @Inject
    ImprovementReviewService reviewService;

    @Inject
    CouncilPlanService councilPlans;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The plan")
    public RestResponse<ImprovementPlanView> plan(@PathParam("id") UUID id) {
        ImprovementPlan plan = plans.plan(id);
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }

    @PUT
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Refreshed")
    public RestResponse<ImprovementPlanView> refresh(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @NotNull @Valid ImprovementPlanRequest request) {
        ImprovementPlan plan = plans.refresh(id, EntityTags.expectedVersion(ifMatch), request.title().strip(), request.agreedOn(),
                request.themes().stream().map(String::strip).toList(), request.reason());
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }

    @POST
    @Path("/recommendations")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationView.class)))
    public RestResponse<RecommendationView> raise(@PathParam("id") UUID id, @NotNull @Valid RecommendationRequest request) {
        RecommendationRequest.Source source = request.source();
        Recommendation recommendation = plans.raise(id, request.number().strip(), request.text().strip(), request.theme().strip(),
                new RecommendationSource(source.kind(), source.inspectionId(), source.title().strip(), source.date()),
                request.indicatorCodes() == null ? List.of() : request.indicatorCodes().stream().map(String::strip).toList());
        return EntityTags.created(URI.create("/api/v1/recommendations/" + recommendation.id()), ImprovementMapper.toView(recommendation, List.of()),
                recommendation.version());
    }

    @GET
    @Path("/recommendations")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The recommendations")
    public List<RecommendationView> recommendations(@PathParam("id") UUID id) {
        var evidence = reviewService.evidenceIn(id);
        return plans.recommendationsOf(id).stream()
                .map(recommendation -> ImprovementMapper.toView(recommendation, evidence.getOrDefault(recommendation.id(), List.of()))).toList();
    }

    @GET
    @Path("/board")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The board's view")
    public BoardView board(@PathParam("id") UUID id,
                           @QueryParam("since") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                   description = "The board's last date, YYYY-MM-DD", example = "2011-01-14") String since) {
        return ImprovementMapper.toView(boards.board(id, Params.date("since", since)), reviewService.evidenceIn(id));
    }

    @POST
    @Path("/reviews")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewView.class)))
    public RestResponse<ReviewView> record(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        ImprovementReview review = reviewService.record(id, request.kind(), request.title(), request.heldOn(), request.reportedOn(),
                request.reviewer(), request.summary(), ReviewMapper.findings(request));
        return EntityTags.created(URI.create("/api/v1/improvement-reviews/" + review.id()),
                ReviewMapper.toView(review, reviewService.recommendationsOf(List.of(review))), review.version());
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The reviews")
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        List<ImprovementReview> held = reviewService.reviewsOf(id);
        var recommendations = reviewService.recommendationsOf(held);
        return held.stream().map(review -> ReviewMapper.toView(review, recommendations)).toList();
    }

    @POST
    @Path("/contract")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Passed to the contract")
    public RestResponse<ImprovementPlanView> passToContract(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                            @NotNull @Valid PlanContractRequest request) {
        ImprovementPlan plan = councilPlans.passToContract(id, EntityTags.expectedVersion(ifMatch), request.contractId(), request.reason());
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }
}
