package io.sdc.performance.basket.rest;

import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.basket.service.BasketService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/baskets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "PI baskets", description = "Versions of the basket of indicators a contract is judged on")
public class BasketResource {

    @Inject
    BasketService baskets;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The basket version")
    public RestResponse<BasketView> get(@PathParam("id") UUID id) {
        return respond(baskets.get(id));
    }

    @PUT
    @Path("/{id}/entries/{indicatorCode}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The draft")
    public RestResponse<BasketView> putEntry(@PathParam("id") UUID id, @PathParam("indicatorCode") String indicatorCode,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid BasketEntryRequest request) {
        return respond(baskets.putEntry(id, EntityTags.expectedVersion(ifMatch), indicatorCode,
                BasketMapper.toTerms(request)));
    }

    @DELETE
    @Path("/{id}/entries/{indicatorCode}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The draft")
    public RestResponse<BasketView> removeEntry(@PathParam("id") UUID id, @PathParam("indicatorCode") String indicatorCode,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(baskets.removeEntry(id, EntityTags.expectedVersion(ifMatch), indicatorCode));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "In force")
    public RestResponse<BasketView> activate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid Activation activation) {
        return respond(baskets.activateFirst(id, EntityTags.expectedVersion(ifMatch),
                activation.effectiveFrom()));
    }

    @Schema(name = "BasketActivation")
    public record Activation(@NotNull @Schema(example = "2014-10-01") LocalDate effectiveFrom) {
    }

    private static RestResponse<BasketView> respond(BasketVersion basket) {
        return EntityTags.current(BasketMapper.toView(basket), basket.version());
    }
}
