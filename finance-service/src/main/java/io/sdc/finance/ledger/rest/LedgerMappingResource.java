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
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two codes",
            value = "cost_centre,account,budget_line\nCC100,5100,staffing\nCC200,6100,placements\n")))
    @APIResponse(responseCode = "200", description = "The new version, its number as ETag")
    public RestResponse<LedgerMappingView> put(@PathParam("contractId") UUID contractId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               InputStream csv) {
        LedgerMappingService.Version version = mappings.put(contractId, ifMatch, csv);
        return EntityTags.current(LedgerMapper.toView(version.mapping(), version.rows()), version.mapping().version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The current version")
    public RestResponse<LedgerMappingView> current(@PathParam("contractId") UUID contractId) {
        LedgerMappingService.Version version = mappings.current(contractId);
        return EntityTags.current(LedgerMapper.toView(version.mapping(), version.rows()), version.mapping().version());
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The versions")
    public List<LedgerMappingView> versions(@PathParam("contractId") UUID contractId) {
        return mappings.versions(contractId).stream().map(mapping -> LedgerMapper.toView(mapping, null)).toList();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The version")
    public RestResponse<LedgerMappingView> version(@PathParam("contractId") UUID contractId, @PathParam("version") String version) {
        LedgerMappingService.Version found = mappings.version(contractId, version);
        return EntityTags.current(LedgerMapper.toView(found.mapping(), found.rows()), found.mapping().version());
    }
}
