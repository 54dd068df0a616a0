package io.sdc.contract.contract.rest;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import io.sdc.contract.contract.ContractVersion;
import io.sdc.platform.rest.Params;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Service Delivery Contracts between a council and a trust")
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper objectMapper;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    public RestResponse<ContractView> register(@NotNull @Valid ContractRequest request, UriInfo uri) {
        Contract contract = contracts.register(ContractMapper.toTerms(request));
        return EntityTags.created(uri.getAbsolutePathBuilder().path(contract.id().toString()).build(),
                ContractMapper.toView(contract), contract.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "One page of contracts")
    public List<ContractView> list(
            @Parameter(description = "DRAFT, ACTIVE, SUSPENDED, TERMINATED or EXPIRED", example = "ACTIVE") @QueryParam("status") String status,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        Params.Paging paging = Params.paging(page, size);
        return contracts.list(Params.oneOf("status", status, ContractStatus.class), paging.page(), paging.size())
                .stream().map(ContractMapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The contract",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's version"))
    public RestResponse<ContractView> get(@Parameter(description = "The contract's id") @PathParam("id") UUID id) {
        Contract contract = contracts.read(id);
        return respond(contract);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Revised; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's new version"))
    public RestResponse<ContractView> revise(@Parameter(description = "The contract's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the version being revised", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ContractRequest request) {
        Contract contract = contracts.revise(id, EntityTags.expectedVersion(ifMatch),
                ContractMapper.toTerms(request));
        return respond(contract);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The contract in its new status")
    public RestResponse<ContractView> changeStatus(@PathParam("id") UUID id,
                                 @Parameter(description = "The ETag of the version being changed", example = "\"0\"")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid StatusChangeRequest request) {
        Contract contract = contracts.changeStatus(id, EntityTags.expectedVersion(ifMatch),
                request.status(), request.reason());
        return respond(contract);
    }

    @POST
    @Path("/{id}/scope")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "The service area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceAreaView.class)))
    public RestResponse<ServiceAreaView> addToScope(@PathParam("id") UUID id, @NotNull @Valid ServiceAreaRequest request) {
        var area = contracts.addToScope(id, request.code(), request.name().strip(),
                request.inScopeFrom(), request.inScopeTo());
        return RestResponse.status(RestResponse.Status.CREATED, ContractMapper.toView(area));
    }

    @PUT
    @Path("/{id}/scope/{areaId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The corrected service area; ETag is the contract's new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's new version"))
    public RestResponse<ServiceAreaView> correctScope(@PathParam("id") UUID id, @PathParam("areaId") UUID areaId,
                                                      @Parameter(description = "The contract's ETag", example = "\"0\"")
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @NotNull @Valid ServiceAreaRequest request) {
        Contract contract = contracts.correctScope(id, EntityTags.expectedVersion(ifMatch), areaId, request.code(),
                request.name().strip(), request.inScopeFrom(), request.inScopeTo(), request.reason());
        return EntityTags.current(ContractMapper.toView(contract.scopeArea(areaId)), contract.version());
    }

    @GET
    @Path("/{id}/scope")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The service areas")
    public List<ServiceAreaView> scope(@PathParam("id") UUID id,
                                       @Parameter(description = "The date", example = "2016-04-01") @QueryParam("on") String on) {
        Contract contract = contracts.get(id);
        return Params.date("on", on).map(contract::scopeOn).orElseGet(contract::scope)
                .stream().map(ContractMapper::toView).toList();
    }

    @GET
    @Path("/{id}/years")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The years")
    public ContractYearsView years(@PathParam("id") UUID id,
                                   @Parameter(description = "The date", example = "2015-11-12") @QueryParam("date") String date) {
        Contract contract = contracts.get(id);
        LocalDate day = Params.date("date", date).orElseGet(() -> LocalDate.now(clock));
        return new ContractYearsView(day, ContractMapper.toView(contract.contractYearOn(day)),
                ContractMapper.toView(contract.financialYearOn(day)), contract.withinTerm(day));
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    public List<ContractVersionView> versions(@PathParam("id") UUID id) {
        return contracts.versions(id).stream().map(this::toView).toList();
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The version")
    public ContractVersionView version(@PathParam("id") UUID id, @PathParam("number") String number) {
        int versionNumber;
        try {
            versionNumber = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("The version number must be a whole number, not '" + number + "'");
        }
        return toView(contracts.version(id, versionNumber));
    }

    /** The contract as it stands, with its version as ETag. */
    private static RestResponse<ContractView> respond(Contract contract) {
        return EntityTags.current(ContractMapper.toView(contract), contract.version());
    }

    private ContractVersionView toView(ContractVersion version) {
        try {
            return new ContractVersionView(version.number(), version.effectiveFrom(), version.changeRequestId(), version.summary(),
                    version.recordedAt(), objectMapper.readTree(version.document()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Version " + version.number() + " holds a document that is not JSON", e);
        }
    }
}
