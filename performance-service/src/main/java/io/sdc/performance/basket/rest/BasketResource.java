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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Read a basket version", description = "Its status, dates in force and every indicator's baseline, target, tolerance and comparators.")
    @APIResponse(responseCode = "200", description = "The basket version")
    @APIResponse(responseCode = "404", description = "No such basket version")
    public RestResponse<BasketView> get(@PathParam("id") UUID id) {
        return respond(baskets.get(id));
    }

    @PUT
    @Path("/{id}/entries/{indicatorCode}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Put an indicator in a draft basket",
            description = "Adds the indicator to the DRAFT, or replaces its baseline, target, tolerance and comparators. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "400", description = "Not valid, or no such indicator")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<BasketView> putEntry(@PathParam("id") UUID id, @PathParam("indicatorCode") String indicatorCode,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid BasketEntryRequest request) {
        return respond(baskets.putEntry(id, EntityTags.expectedVersion(ifMatch), indicatorCode,
                BasketMapper.toTerms(request)));
    }

    @DELETE
    @Path("/{id}/entries/{indicatorCode}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Take an indicator out of a draft basket", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "Not in the basket")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<BasketView> removeEntry(@PathParam("id") UUID id, @PathParam("indicatorCode") String indicatorCode,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(baskets.removeEntry(id, EntityTags.expectedVersion(ifMatch), indicatorCode));
    }

    @POST
    @Path("/{id}/activation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Put a contract's first basket in force",
            description = "Activates the contract's first basket from a date on or after commencement. A revised basket takes effect "
                    + "only through an approved PI basket revision change request in contract-service. Needs If-Match. "
                    + "Publishes `performance.basket-version.activated`.")
    @APIResponse(responseCode = "200", description = "In force")
    @APIResponse(responseCode = "409", description = "A basket is already in force, or this one is empty")
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
