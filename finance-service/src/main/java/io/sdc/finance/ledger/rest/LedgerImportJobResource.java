package io.sdc.finance.ledger.rest;

import io.sdc.finance.ledger.LedgerImportJob;
import io.sdc.finance.ledger.mapping.LedgerMapper;
import io.sdc.finance.ledger.service.LedgerImportJobs;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/ledger-import-jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger exports")
public class LedgerImportJobResource {

    @Inject
    LedgerImportJobs jobs;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "How a ledger import job is doing",
            description = "QUEUED, RUNNING (with the rows read so far), SUCCEEDED (with the return it made) or FAILED (with the problem "
                    + "a synchronous import would have answered; nothing stored). Every instance of the service answers for every job. "
                    + "A job whose instance stopped reporting on it for `sdc.finance.ledger.job-timeout` (default 2 minutes) is "
                    + "FAILED: the file is sent again.")
    @APIResponse(responseCode = "200", description = "The job")
    public LedgerImportJobView get(@PathParam("id") UUID id) {
        LedgerImportJob job = jobs.find(id).orElseThrow(() -> ProblemException.notFound("ledger import job", id));
        return LedgerMapper.toView(job, jobs.problemOf(job));
    }
}
