package io.sdc.contract.review.rest;

import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.service.AnnualReviewService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;


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
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "404", description = "No such review")
    public RestResponse<AnnualReviewView> get(@PathParam("id") UUID id) {
        AnnualReview review = reviews.get(id);
        return EntityTags.current(AnnualReviewMapper.toView(review, reviews.agreedAt(review)), review.version());
    }
}
