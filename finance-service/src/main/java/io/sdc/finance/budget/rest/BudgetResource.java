package io.sdc.finance.budget.rest;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.budget.service.BudgetService;
import io.sdc.platform.money.Money;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/budgets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Budgets per financial year with their Schedule 3 adjustments, lines and funding")
public class BudgetResource {

    @Inject
    BudgetService budgets;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.TRUST_PERFORMANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a budget", description = "Base, adjustments, the derived total and net change, lines and funding.")
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> get(@PathParam("id") UUID id) {
        return respond(budgets.get(id));
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Add a Schedule 3 adjustment",
            description = "Pay inflation, price inflation, changes in law, demand for services, contribution to council savings or other, "
                    + "with a signed amount and its rationale. Not once APPROVED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "400", description = "Not valid, e.g. an amount that is not money")
    @APIResponse(responseCode = "409", description = "Approved or closed")
    public RestResponse<BudgetView> adjust(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid BudgetRequests.NewAdjustment request) {
        return respond(budgets.adjust(id, EntityTags.expectedVersion(ifMatch), request.category(),
                Money.parse("amount", request.amount()), request.rationale().strip()));
    }

    @PUT
    @Path("/adjustments/{adjustmentId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Correct a Schedule 3 adjustment",
            description = "Its category, amount and rationale as they should have been; the same adjustment (same id). Needs a reason "
                    + "(the body's `reason` or the `Change-Reason` header), kept in the audit history with the adjustment before and "
                    + "after (`GET /api/v1/audit/budget/{id}`). Not once the budget is APPROVED or closed, not a contract variation, "
                    + "not a withdrawn adjustment. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "400", description = "Not valid, or no reason")
    @APIResponse(responseCode = "409", description = "Approved or closed, a contract variation, or withdrawn")
    public RestResponse<BudgetView> correctAdjustment(@PathParam("id") UUID id, @PathParam("adjustmentId") UUID adjustmentId,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @NotNull @Valid BudgetRequests.AdjustmentCorrection request) {
        return respond(budgets.correctAdjustment(id, EntityTags.expectedVersion(ifMatch), adjustmentId, request.category(),
                Money.parse("amount", request.amount()), request.rationale().strip(), request.reason()));
    }

    @POST
    @Path("/adjustments/{adjustmentId}/withdrawal")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Withdraw a Schedule 3 adjustment",
            description = "Nothing seen is deleted: the adjustment stays on the budget with `withdrawn` true and its `withdrawalReason`, "
                    + "and no longer counts in the total. Needs a reason (the body's `reason` or the `Change-Reason` header). Refused "
                    + "as a correction is. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "400", description = "No reason")
    @APIResponse(responseCode = "409", description = "Approved or closed, a contract variation, or already withdrawn")
    public RestResponse<BudgetView> withdrawAdjustment(@PathParam("id") UUID id, @PathParam("adjustmentId") UUID adjustmentId,
                                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid BudgetRequests.Withdrawal request) {
        return respond(budgets.withdrawAdjustment(id, EntityTags.expectedVersion(ifMatch), adjustmentId,
                request == null ? null : request.reason()));
    }

    @PUT
    @Path("/lines/{code}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Set a budget line", description = "Adds or replaces a line (staffing, placements, commissioned services, overheads). "
            + "Codes are lower-case words joined by hyphens. Not once APPROVED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> putLine(@PathParam("id") UUID id, @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid BudgetRequests.LineRequest request) {
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*") || code.length() > 60) {
            throw ProblemException.invalid("A budget line code is lower-case words joined by hyphens, such as placements, not '" + code + "'");
        }
        return respond(budgets.putLine(id, EntityTags.expectedVersion(ifMatch), code, request.name().strip(),
                Money.parse("amount", request.amount()), request.demandLed()));
    }

    @PUT
    @Path("/funding")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Set the funding sources", description = "The council's contribution and DfE grants; if given, they must add up to the total before approval. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> setFunding(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid BudgetRequests.FundingRequest request) {
        return respond(budgets.setFunding(id, EntityTags.expectedVersion(ifMatch), request.sources().stream()
                .map(source -> new Budget.Funding(source.source().strip(), Money.parse("amount", source.amount()))).toList()));
    }

    @POST
    @Path("/status")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Confirm in principle, or approve",
            description = "INDICATIVE → CONFIRMED_IN_PRINCIPLE → APPROVED. Approval needs the lines (and funding, if given) to add up to the "
                    + "total to the penny. Needs If-Match. Publishes `finance.budget.status-changed`.")
    @APIResponse(responseCode = "200", description = "The budget")
    @APIResponse(responseCode = "409", description = "Not allowed from here, or the lines do not add up")
    public RestResponse<BudgetView> changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid BudgetRequests.StatusChange request) {
        return respond(budgets.changeStatus(id, EntityTags.expectedVersion(ifMatch), request.status()));
    }

    static RestResponse<BudgetView> respond(Budget budget) {
        return EntityTags.current(BudgetMapper.toView(budget), budget.version());
    }
}
