package io.sdc.performance.indicator.rest;

import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.service.IndicatorService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Performance indicators", description = "What each indicator measures, which way is better, and when a value is too small to judge")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Define or redefine an indicator",
            description = "Creates the indicator with this code, or, with the If-Match of the version read, redefines it. "
                    + "Codes are upper-case words joined by hyphens, e.g. RE-REFERRALS. The same definition sent again without "
                    + "If-Match changes nothing and answers 200; of two requests creating the same code at the same moment, one "
                    + "defines it and the other is answered 409.")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "409", description = "Defined by another request at the same moment")
    @APIResponse(responseCode = "428", description = "Redefining needs If-Match")
    public RestResponse<IndicatorView> define(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid IndicatorRequest request) {
        return respond(indicators.define(code, IndicatorView.definition(request), ifMatch));
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the indicators", description = "Every indicator, by code.")
    @APIResponse(responseCode = "200", description = "The indicators")
    public List<IndicatorView> list() {
        return indicators.list().stream().map(IndicatorView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an indicator", description = "Its definition, with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public RestResponse<IndicatorView> get(@PathParam("code") String code) {
        return respond(indicators.get(code));
    }

    private static RestResponse<IndicatorView> respond(PerformanceIndicator indicator) {
        return EntityTags.current(IndicatorView.of(indicator), indicator.version());
    }
}
