package io.sdc.finance.ledger.rest;

import io.sdc.finance.ledger.mapping.LedgerMapper;
import io.sdc.finance.ledger.service.LedgerMappingService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/ledger-mapping")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger exports", description = "The trust's ledger-level finance exports: the mapping of its ledger codes to budget lines, "
        + "and imports of its ledgers as monitoring returns")
public class LedgerMappingResource {

    @Inject
    LedgerMappingService mappings;

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.TRUST_FINANCE)
    @Operation(summary = "Put the contract's ledger mapping (a new version)",
            description = "Trust finance sends the whole mapping from its finance system's ledger codes to the contract's budget lines "
                    + "as CSV (UTF-8, `text/csv`), one row per cost centre and account, after this header:\n\n"
                    + "    cost_centre,account,budget_line\n    CC200,6100,placements\n\n"
                    + "A code is letters and digits, with `.`, `_`, `/`, `-` or spaces inside, at most 60 characters; `budget_line` "
                    + "is the code of a line of one of the contract's budgets (as monitoring returns name them). Each cost centre "
                    + "and account once. Every fault is listed with its row and nothing changes. Each mapping accepted is the next "
                    + "version (1, 2, ...), its number the ETag; the earlier versions stay readable, and each ledger return says "
                    + "which version it went through. The first is sent without If-Match; each after it needs the current "
                    + "version's ETag in If-Match (428 without it, 412 if another version was put since). A `Change-Reason` header, "
                    + "if sent, is kept with the version.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two codes",
            value = "cost_centre,account,budget_line\nCC100,5100,staffing\nCC200,6100,placements\n")))
    @APIResponse(responseCode = "200", description = "The new version, its number as ETag")
    @APIResponse(responseCode = "400", description = "Faults, each with its row (an unknown budget line, a cost centre and account twice); nothing changed")
    public RestResponse<LedgerMappingView> put(@PathParam("contractId") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               InputStream csv) {
        LedgerMappingService.Version version = mappings.put(contractId, ifMatch, csv);
        return EntityTags.current(LedgerMapper.toView(version.mapping(), version.rows()), version.mapping().version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The contract's current ledger mapping", description = "The latest version with its rows; its number is the ETag.")
    @APIResponse(responseCode = "200", description = "The current version")
    @APIResponse(responseCode = "404", description = "No such contract, or it has no mapping yet")
    public RestResponse<LedgerMappingView> current(@PathParam("contractId") UUID contractId) {
        LedgerMappingService.Version version = mappings.current(contractId);
        return EntityTags.current(LedgerMapper.toView(version.mapping(), version.rows()), version.mapping().version());
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of the contract's ledger mapping", description = "The first first, each without its rows.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<LedgerMappingView> versions(@PathParam("contractId") UUID contractId) {
        return mappings.versions(contractId).stream().map(mapping -> LedgerMapper.toView(mapping, null)).toList();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One version of the contract's ledger mapping", description = "As it was put, with its rows.")
    @APIResponse(responseCode = "200", description = "The version")
    public RestResponse<LedgerMappingView> version(@PathParam("contractId") UUID contractId, @PathParam("version") String version) {
        LedgerMappingService.Version found = mappings.version(contractId, version);
        return EntityTags.current(LedgerMapper.toView(found.mapping(), found.rows()), found.mapping().version());
    }
}
