package io.sdc.contract.contract.rest;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractStatus;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.problem.Problem;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Service Delivery Contracts between a council and a trust")
public class ContractResource {

    @Inject
    ContractService contracts;

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "Register a contract",
            description = "Registers a Service Delivery Contract in DRAFT. The reference must be unique and the expiry date after the "
                    + "commencement date. The optional `" + ChangeContext.REASON_HEADER + "` header is kept in the audit history. "
                    + "Publishes `contract.registered`.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "The terms are not valid; every broken rule is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another contract has that reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid ContractRequest request, UriInfo uri) {
        Contract contract = contracts.register(ContractMapper.toTerms(request));
        return Response.created(uri.getAbsolutePathBuilder().path(contract.id().toString()).build())
                .tag(EntityTags.of(contract.version()))
                .entity(ContractMapper.toView(contract)).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List contracts", description = "Contracts ordered by reference, optionally only those with a status.")
    @APIResponse(responseCode = "200", description = "One page of contracts")
    @APIResponse(responseCode = "400", description = "Unknown status, or a page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ContractView> list(
            @Parameter(description = "DRAFT, ACTIVE, SUSPENDED, TERMINATED or EXPIRED", example = "ACTIVE") @QueryParam("status") String status,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        if (pageNumber < 0 || pageSize < 1 || pageSize > 200) {
            throw ProblemException.invalid("page must be 0 or more and size from 1 to 200");
        }
        return contracts.list(parseStatus(status), pageNumber, pageSize).stream().map(ContractMapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a contract", description = "The contract as it stands, with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The contract",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "No contract with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The contract's id") @PathParam("id") String id) {
        Contract contract = contracts.get(ProblemException.requireUuid("id", id));
        return Response.ok(ContractMapper.toView(contract)).tag(EntityTags.of(contract.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "Revise a contract's terms",
            description = "Replaces the contract's terms. Send the ETag you read as If-Match: without it the answer is 428, and if the "
                    + "contract has changed since, 412. The optional `" + ChangeContext.REASON_HEADER + "` header is kept in the audit "
                    + "history. Publishes `contract.revised`.")
    @APIResponse(responseCode = "200", description = "Revised; ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, description = "The contract's new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "The terms are not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No contract with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The contract changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revise(@Parameter(description = "The contract's id") @PathParam("id") String id,
                           @Parameter(description = "The ETag of the version being revised", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ContractRequest request) {
        Contract contract = contracts.revise(ProblemException.requireUuid("id", id), EntityTags.expectedVersion(ifMatch),
                ContractMapper.toTerms(request));
        return Response.ok(ContractMapper.toView(contract)).tag(EntityTags.of(contract.version())).build();
    }

    private static Optional<ContractStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ContractStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status must be one of DRAFT, ACTIVE, SUSPENDED, TERMINATED, EXPIRED, not '" + status + "'");
        }
    }
}
