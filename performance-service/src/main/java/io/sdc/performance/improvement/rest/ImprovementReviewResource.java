package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.performance.improvement.mapping.ReviewMapper;
import io.sdc.performance.improvement.service.ImprovementReviewService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/improvement-reviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class ImprovementReviewResource {

    @Inject
    ImprovementReviewService reviews;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The review")
    public RestResponse<ReviewView> review(@PathParam("id") UUID id) {
        ImprovementReview review = reviews.review(id);
        return EntityTags.current(view(review), review.version());
    }

    private ReviewView view(ImprovementReview review) {
        return ReviewMapper.toView(review, reviews.recommendationsOf(List.of(review)));
    }
}
