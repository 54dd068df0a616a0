package io.sdc.performance.scorecard.rest;

import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.scorecard.Scorecard;
import io.sdc.performance.scorecard.YearSummary;
import io.sdc.performance.scorecard.service.ScorecardService;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/contracts/{contractId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "How the trust performs against the basket in force")
public class ScorecardResource {

    @Inject
    ScorecardService scorecards;

    @GET
    @Path("/scorecard")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The scorecard")
    public Scorecard scorecard(@PathParam("contractId") UUID contractId,
                                   @Parameter(description = "A month (2015-06) or a calendar quarter (2015-Q3)", required = true, example = "2015-Q3")
                                   @QueryParam("period") String period,
                                   @Parameter(description = "Only figures the council validated", example = "true")
                                   @QueryParam("validated") boolean validated) {
        return scorecards.scorecard(contractId, ReportingPeriod.parse(period), validated);
    }

    @GET
    @Path("/performance-summary")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The summary")
    public YearSummary yearSummary(@PathParam("contractId") UUID contractId,
                                   @Parameter(description = "The contract year", required = true, example = "2014/15")
                                   @QueryParam("contractYear") String contractYear,
                                   @Parameter(description = "Only figures the council validated", example = "true")
                                   @QueryParam("validated") boolean validated) {
        return scorecards.yearSummary(contractId, contractYear, validated);
    }
}
