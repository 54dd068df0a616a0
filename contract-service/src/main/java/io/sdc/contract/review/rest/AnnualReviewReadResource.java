package io.sdc.contract.review.rest;

import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.service.AnnualReviewService;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = AnnualReviewReadResource.TAG, description = AnnualReviewReadResource.TAG_DESCRIPTION)
public class AnnualReviewReadResource {

    /** The API's section on annual reviews, shared with {@link AnnualReviewResource}. */
    static final String TAG = "Annual contract reviews";
    static final String TAG_DESCRIPTION = "One review per contract year: performance, budget confirmed in principle, priorities, joint focus";

    @Inject
    AnnualReviewService reviews;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an annual review", description = "With the change requests agreed in principle at it.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review")
    public Response get(@PathParam("id") String id) {
        AnnualReview review = reviews.get(ProblemException.requireUuid("id", id));
        return Response.ok(AnnualReviewMapper.toView(review, reviews.agreedAt(review))).tag(EntityTags.of(review.version())).build();
    }
}
