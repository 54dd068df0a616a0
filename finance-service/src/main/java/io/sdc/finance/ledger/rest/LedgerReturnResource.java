package io.sdc.finance.ledger.rest;

import io.sdc.finance.ledger.mapping.LedgerMapper;
import io.sdc.finance.ledger.service.LedgerImportService;
import io.sdc.finance.monitoring.mapping.MonitoringReturnMapper;
import io.sdc.finance.monitoring.rest.MonitoringReturnView;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

@Path("/api/v1/budgets/{id}/ledger-returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger exports")
public class LedgerReturnResource {

    @Inject
    LedgerImportService imports;

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.TRUST_FINANCE)
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two rows",
            value = "cost_centre,account,actual_to_date,forecast_outturn\nCC100,5100,9100000.00,18200000.00\nCC200,6100,6420000.00,12848000.00\n")))
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "200", description = "This file was imported for this period under the current mapping before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "202", description = "A large file: accepted, imported by the job in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerImportJobView.class)))
    public Response importLedger(@PathParam("id") UUID id, @Parameter(required = true, example = "2015-Q3") @QueryParam("period") String period,
                                 InputStream file) {
        LedgerImportService.Outcome outcome = imports.importLedger(id, period, file);
        if (outcome instanceof LedgerImportService.Outcome.Accepted accepted) {
            return Response.accepted(LedgerMapper.toView(accepted.job(), null))
                    .location(URI.create("/api/v1/ledger-import-jobs/" + accepted.job().id())).build();
        }
        var imported = ((LedgerImportService.Outcome.Done) outcome).imported();
        return Response.status(imported.alreadyApplied() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/monitoring-returns/" + imported.monitoringReturn().id()))
                .entity(MonitoringReturnMapper.toView(imported.monitoringReturn())).build();
    }
}
