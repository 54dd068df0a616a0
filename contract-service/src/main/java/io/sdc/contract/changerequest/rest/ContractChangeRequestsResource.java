package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.changerequest.service.ChangeRequestService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Params;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ChangeRequestResource.TAG, description = ChangeRequestResource.TAG_DESCRIPTION)
public class ContractChangeRequestsResource {

    @Inject
    ChangeRequestService changeRequests;

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeRequestView.class)))
    public RestResponse<ChangeRequestView> raise(@PathParam("contractId") UUID contractId, @NotNull @Valid ChangeRequestRequest request, UriInfo uri) {
        NotifiableChangeRequest change = changeRequests.raise(contractId, ChangeRequestMapper.toProposal(request), null);
        return EntityTags.created(uri.getBaseUriBuilder().path("api/v1/change-requests").path(change.id().toString()).build(),
                ChangeRequestMapper.toView(change), change.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "One page of change requests")
    public List<ChangeRequestView> list(@PathParam("contractId") UUID contractId,
                                        @Parameter(example = "SUBMITTED") @QueryParam("status") String status,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Params.Paging paging = Params.paging(page, size);
        return changeRequests.ofContract(contractId,
                        Params.oneOf("status", status, ChangeRequestStatus.class), paging.page(), paging.size())
                .stream().map(ChangeRequestMapper::toView).toList();
    }
}
