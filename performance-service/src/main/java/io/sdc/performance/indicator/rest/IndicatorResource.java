package io.sdc.performance.indicator.rest;

import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.mapping.IndicatorMapper;
import io.sdc.performance.indicator.service.IndicatorService;
import io.sdc.platform.audit.ChangeRecord;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Params;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
                    + "defines it and the other is answered 409. Redefining needs a `reason` (or Change-Reason header), kept with the "
                    + "definition before in the indicator's history. A change to the definition, polarity or minimum denominator takes "
                    + "effect from `effectiveFrom`: scorecards for periods ending before it keep the definition then in force, and say "
                    + "when a definition changed within a trend.")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "409", description = "Defined by another request at the same moment")
    @APIResponse(responseCode = "428", description = "Redefining needs If-Match")
    public RestResponse<IndicatorView> define(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid IndicatorRequest request) {
        return respond(indicators.define(code, IndicatorView.definition(request), request.effectiveFrom(), ifMatch, request.reason()));
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List the indicators", description = "Every indicator, by code.")
    @APIResponse(responseCode = "200", description = "The indicators")
    public List<IndicatorView> list() {
        return indicators.list().stream().map(IndicatorMapper::toView).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an indicator", description = "Its definition, with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The indicator")
    public RestResponse<IndicatorView> get(@PathParam("code") String code) {
        return respond(indicators.get(code));
    }

    @GET
    @Path("/{code}/definitions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "An indicator's definitions over time",
            description = "Its definition, polarity and minimum denominator, each from the date it took effect (the first from the "
                    + "start), oldest first: a period is judged by the one in force at its end.")
    @APIResponse(responseCode = "200", description = "The definitions, oldest first")
    public List<IndicatorDefinitionView> definitions(@PathParam("code") String code) {
        return indicators.definitions(code).stream().map(IndicatorMapper::toView).toList();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "The history of an indicator's definition",
            description = "Every audited change to the indicator, oldest first, a page at a time: the actor, their role, the time, the "
                    + "reason given, each field (definition, polarity, minimum denominator, …) from its old to its new value, and the "
                    + "whole definition as it stood after the change. (Indicators are named by code, so their history is here rather "
                    + "than under `/api/v1/audit/{resourceType}/{id}`, which takes ids.)")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeRecord> history(@PathParam("code") String code,
                                      @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
                                      @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        return indicators.history(code, Params.paging(page, size));
    }

    private static RestResponse<IndicatorView> respond(PerformanceIndicator indicator) {
        return EntityTags.current(IndicatorMapper.toView(indicator), indicator.version());
    }
}
