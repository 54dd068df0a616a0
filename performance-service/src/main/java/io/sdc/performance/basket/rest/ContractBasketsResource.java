package io.sdc.performance.basket.rest;

import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.basket.service.BasketService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/v1/contracts/{contractId}/baskets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PI baskets")
public class ContractBasketsResource {

    @Inject
    BasketService baskets;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasketView.class)))
    public RestResponse<BasketView> draft(@PathParam("contractId") UUID contractId, UriInfo uri) {
        BasketVersion draft = baskets.draft(contractId);
        return EntityTags.created(uri.getBaseUriBuilder().path("api/v1/baskets").path(draft.id().toString()).build(),
                BasketMapper.toView(draft), draft.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The versions")
    public List<BasketView> list(@PathParam("contractId") UUID contractId) {
        return baskets.ofContract(contractId).stream().map(BasketMapper::toView).toList();
    }
}
