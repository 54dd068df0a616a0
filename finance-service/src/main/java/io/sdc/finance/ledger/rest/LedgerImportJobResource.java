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
    @APIResponse(responseCode = "200", description = "The job")
    public LedgerImportJobView get(@PathParam("id") UUID id) {
        LedgerImportJob job = jobs.find(id).orElseThrow(() -> ProblemException.notFound("ledger import job", id));
        return LedgerMapper.toView(job, jobs.problemOf(job));
    }
}
