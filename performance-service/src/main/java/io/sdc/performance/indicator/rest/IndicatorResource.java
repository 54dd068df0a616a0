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
    @APIResponse(responseCode = "200", description = "The indicator")
    public RestResponse<IndicatorView> define(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid IndicatorRequest request) {
        return respond(indicators.define(code, IndicatorView.definition(request), request.effectiveFrom(), ifMatch, request.reason()));
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The indicators")
    public List<IndicatorView> list() {
        return indicators.list().stream().map(IndicatorMapper::toView).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The indicator")
    public RestResponse<IndicatorView> get(@PathParam("code") String code) {
        return respond(indicators.get(code));
    }

    @GET
    @Path("/{code}/definitions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The definitions, oldest first")
    public List<IndicatorDefinitionView> definitions(@PathParam("code") String code) {
        return indicators.definitions(code).stream().map(IndicatorMapper::toView).toList();
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.COMMISSIONER})
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
