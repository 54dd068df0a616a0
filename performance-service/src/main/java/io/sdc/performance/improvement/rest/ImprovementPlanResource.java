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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Read an improvement plan", description = "Its themes and plan version, with its version as ETag. Its earlier "
            + "plan versions are in the audit history, `/api/v1/audit/improvement-plan/{id}`.")
    @APIResponse(responseCode = "200", description = "The plan")
    public RestResponse<ImprovementPlanView> plan(@PathParam("id") UUID id) {
        ImprovementPlan plan = plans.plan(id);
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }

    @PUT
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Refresh an improvement plan", description = "Its title, agreement date and themes as refreshed: its next plan "
            + "version. Needs If-Match and a `reason` (or Change-Reason header); a refresh keeps every theme a recommendation is under. "
            + "The version before, who refreshed it, when and why are in the audit history.")
    @APIResponse(responseCode = "200", description = "Refreshed")
    @APIResponse(responseCode = "409", description = "A theme dropped that a recommendation is under")
    public RestResponse<ImprovementPlanView> refresh(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @NotNull @Valid ImprovementPlanRequest request) {
        ImprovementPlan plan = plans.refresh(id, EntityTags.expectedVersion(ifMatch), request.title().strip(), request.agreedOn(),
                request.themes().stream().map(String::strip).toList(), request.reason());
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }

    @POST
    @Path("/recommendations")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Raise a recommendation", description = "A recommendation of an inspection or review under one of the plan's "
            + "themes, numbered as its source gives it, OPEN until the board decides. An Ofsted inspection's names the inspection recorded "
            + "for the contract. Publishes `performance.recommendation.raised`.")
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such plan, or no such inspection of its contract")
    @APIResponse(responseCode = "409", description = "That source's recommendation of that number is in the plan already")
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
    @Operation(summary = "List a plan's recommendations", description = "In the order of their numbers (2.1.9 before 2.1.10).")
    @APIResponse(responseCode = "200", description = "The recommendations")
    public List<RecommendationView> recommendations(@PathParam("id") UUID id) {
        var evidence = reviewService.evidenceIn(id);
        return plans.recommendationsOf(id).stream()
                .map(recommendation -> ImprovementMapper.toView(recommendation, evidence.getOrDefault(recommendation.id(), List.of()))).toList();
    }

    @GET
    @Path("/board")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The improvement board's view", description = "Per theme, how many recommendations are in each status (OPEN, "
            + "MONITORED_BY_IMPROVEMENT_BOARD, MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED); the recommendations with their actions, "
            + "those with an overdue action first; the progress reported on or after `since` (the board's last date; absent: all); and "
            + "each linked indicator's RAG on the scorecard of its latest period.")
    @APIResponse(responseCode = "200", description = "The board's view")
    public BoardView board(@PathParam("id") UUID id,
                           @QueryParam("since") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                   description = "The board's last date, YYYY-MM-DD", example = "2011-01-14") String since) {
        return ImprovementMapper.toView(boards.board(id, Params.date("since", since)), reviewService.evidenceIn(id));
    }

    @POST
    @Path("/reviews")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Record a monitoring visit or review", description = "An Ofsted monitoring visit, a DfE or peer review or a "
            + "commissioned report, with its findings in order: each a STRENGTH or an AREA_FOR_IMPROVEMENT that either evidences an existing "
            + "recommendation of this plan (`recommendationId`) or raises a new one (`recommendation`: number, text, theme, indicators; its "
            + "source this review), never both. A bad finding is a 400 naming it (e.g. `findings[2].recommendationId`) and nothing is "
            + "stored. Publishes `performance.improvement-review.recorded`, and `performance.recommendation.raised` for each "
            + "recommendation raised. A correction is recorded as a new review.")
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
    @Operation(summary = "List a plan's monitoring visits and reviews", description = "Oldest held first, each with its findings and the "
            + "recommendation each maps to.")
    @APIResponse(responseCode = "200", description = "The reviews")
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        List<ImprovementReview> held = reviewService.reviewsOf(id);
        var recommendations = reviewService.recommendationsOf(held);
        return held.stream().map(review -> ReviewMapper.toView(review, recommendations)).toList();
    }

    @POST
    @Path("/contract")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Pass a council's plan to the trust's contract", description = "When the trust's contract starts, the plan, its "
            + "recommendations, actions and reviews become the contract's; their events name the contract from then on. Needs If-Match "
            + "and a `reason` (or Change-Reason header); once only. The audit history keeps the plan before and after.")
    @APIResponse(responseCode = "200", description = "Passed to the contract")
    @APIResponse(responseCode = "404", description = "No such plan or contract")
    @APIResponse(responseCode = "409", description = "The plan is a contract's already")
    public RestResponse<ImprovementPlanView> passToContract(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                            @NotNull @Valid PlanContractRequest request) {
        ImprovementPlan plan = councilPlans.passToContract(id, EntityTags.expectedVersion(ifMatch), request.contractId(), request.reason());
        return EntityTags.current(ImprovementMapper.toView(plan), plan.version());
    }
}
