package io.sdc.contract.review.rest;

import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.service.AnnualReviewService;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = AnnualReviewResource.TAG, description = AnnualReviewResource.TAG_DESCRIPTION)
public class ContractAnnualReviewsResource {

    @Inject
    AnnualReviewService reviews;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReviewView.class)))
    public RestResponse<AnnualReviewView> record(@PathParam("contractId") UUID contractId, @NotNull @Valid AnnualReviewRequest request, UriInfo uri) {
        AnnualReview review = reviews.record(contractId, request.contractYear(), AnnualReviewMapper.toRecord(request));
        return EntityTags.created(uri.getBaseUriBuilder().path("api/v1/annual-reviews").path(review.id().toString()).build(),
                AnnualReviewMapper.toView(review, List.of()), review.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The reviews")
    public List<AnnualReviewView> list(@PathParam("contractId") UUID contractId) {
        return reviews.ofContract(contractId).stream()
                .map(review -> AnnualReviewMapper.toView(review, reviews.agreedAt(review))).toList();
    }
}
