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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Import a ledger export as the period's monitoring return",
            description = "The trust's finance system's ledger export for a period of the budget's financial year (a month such as "
                    + "2015-09 or a calendar quarter such as 2015-Q3), as CSV (UTF-8, `text/csv`, RFC 4180 quoting, no blank lines): "
                    + "one row per cost centre and account, optionally per transaction and month, after a header naming the columns "
                    + "in any order:\n\n    cost_centre,account,actual_to_date,forecast_outturn[,transaction_reference][,period]\n"
                    + "    CC200,6100,300.00,650.00,INV-00042,2015-08\n\n"
                    + "Amounts are pounds with at most two decimal places, from 0.00 to 1000000000.00; `period`, where given, is a "
                    + "month (YYYY-MM) of the budget's financial year. The contract's current ledger mapping "
                    + "(`PUT /api/v1/contracts/{contractId}/ledger-mapping`) says which budget line each cost centre and account counts "
                    + "towards; the rows are added up per budget line into the monitoring return, and every budget line must receive "
                    + "at least one row. A row with the same cost centre, account, transaction reference and period as an earlier "
                    + "row is a duplicate. Every fault is found: the first 100 are listed with their rows, then the count of each "
                    + "kind (`count:unmapped-code`, `count:bad-amount`, `count:duplicate-row`, `count:period-outside-year`), and "
                    + "nothing is stored. A file that passes stores its rows (with their budget lines and the mapping version) and the "
                    + "return, all at once. From there it is a monitoring return like any other (format LEDGER): the same rules "
                    + "apply as to `POST /api/v1/budgets/{id}/monitoring-returns` (a correction needs `Change-Reason`, a closed year "
                    + "refuses it, the same file again under the same mapping version is recognised, the same events). A body larger "
                    + "than `sdc.finance.ledger.async-threshold` (default 4 MB) is answered 202 with the job that imports it "
                    + "(`Location`: `GET /api/v1/ledger-import-jobs/{id}`), which ends SUCCEEDED with the return or FAILED with the "
                    + "problem this call would have answered.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two rows",
            value = "cost_centre,account,actual_to_date,forecast_outturn\nCC100,5100,9100000.00,18200000.00\nCC200,6100,6420000.00,12848000.00\n")))
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "200", description = "This file was imported for this period under the current mapping before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringReturnView.class)))
    @APIResponse(responseCode = "202", description = "A large file: accepted, imported by the job in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerImportJobView.class)))
    @APIResponse(responseCode = "400", description = "Faults, each with its row, and their counts by kind; or a correction without a reason; nothing applied")
    @APIResponse(responseCode = "409", description = "The year is closed, or another return for this budget and period was imported at the same moment")
    @APIResponse(responseCode = "413", description = "The body is larger than 64 MB")
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
