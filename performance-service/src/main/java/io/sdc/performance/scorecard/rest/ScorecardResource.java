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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "The scorecard for a period",
            description = "Each indicator of the basket in force at the end of the period: value, target, tolerance, RAG (GREEN at or "
                    + "better than target; AMBER worse but within tolerance; RED beyond it; NO_DATA; SUPPRESSED when the denominator is "
                    + "below the indicator's minimum), direction of travel since the previous period and since the contract baseline, and "
                    + "position against each comparator, all honouring polarity; with counts per RAG. Each figure says whether it is "
                    + "PROVISIONAL (the trust's, not yet validated by the council, or returned) or VALIDATED; a correction of a "
                    + "validated figure is PROVISIONAL until the council validates it. With `validated=true` (for a committee report) "
                    + "only validated figures are used: a provisional figure is left out (NO_DATA), and where a validated figure has a "
                    + "correction awaiting validation, the validated figure is shown, marked `correctionPending`. Each indicator is "
                    + "judged by its definition, polarity and minimum denominator in force at the period's end; "
                    + "`definitionChangedSincePreviousPeriod` says when that changed since the previous period.")
    @APIResponse(responseCode = "200", description = "The scorecard")
    @APIResponse(responseCode = "400", description = "The period is not a month or a quarter")
    @APIResponse(responseCode = "404", description = "No such contract, or no basket in force then")
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
    @Operation(summary = "A contract year's performance summary",
            description = "For each indicator of the basket in force at the end of the contract year, its latest value in the year "
                    + "against the contract baseline, with how many are improving, stable or declining: the annual report's "
                    + "'performance across almost all key indicators is showing improvement or stability'. Each figure says whether "
                    + "it is PROVISIONAL or VALIDATED; with `validated=true` only figures the council validated are used.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Not a contract year such as 2014/15")
    @APIResponse(responseCode = "404", description = "No such contract, or no basket in force at the year's end")
    public YearSummary yearSummary(@PathParam("contractId") UUID contractId,
                                   @Parameter(description = "The contract year", required = true, example = "2014/15")
                                   @QueryParam("contractYear") String contractYear,
                                   @Parameter(description = "Only figures the council validated", example = "true")
                                   @QueryParam("validated") boolean validated) {
        return scorecards.yearSummary(contractId, contractYear, validated);
    }
}
