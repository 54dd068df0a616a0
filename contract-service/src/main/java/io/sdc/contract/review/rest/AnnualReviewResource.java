package io.sdc.contract.review.rest;

import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.service.AnnualReviewService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** One annual review: read it, or correct it. */
@Path("/api/v1/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = AnnualReviewResource.TAG, description = AnnualReviewResource.TAG_DESCRIPTION)
public class AnnualReviewResource {

    /** The API's section on annual reviews, shared with {@link ContractAnnualReviewsResource}. */
    static final String TAG = "Annual contract reviews";
    static final String TAG_DESCRIPTION = "One review per contract year: performance, budget confirmed in principle, priorities, joint focus, "
            + "and who attended for each party; corrected with If-Match and a reason";

    @Inject
    AnnualReviewService reviews;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The review")
    public RestResponse<AnnualReviewView> get(@PathParam("id") UUID id) {
        return respond(reviews.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Corrected; ETag is the new version")
    public RestResponse<AnnualReviewView> correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                  @NotNull @Valid AnnualReviewRequest request) {
        return respond(reviews.correct(id, EntityTags.expectedVersion(ifMatch), request.contractYear(),
                AnnualReviewMapper.toRecord(request), request.reason()));
    }

    private RestResponse<AnnualReviewView> respond(AnnualReview review) {
        return EntityTags.current(AnnualReviewMapper.toView(review, reviews.agreedAt(review)), review.version());
    }
}
