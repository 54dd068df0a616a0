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
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> get(@PathParam("id") UUID id) {
        return respond(budgets.get(id));
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> adjust(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid BudgetRequests.NewAdjustment request) {
        return respond(budgets.adjust(id, EntityTags.expectedVersion(ifMatch), request.category(),
                Money.parse("amount", request.amount()), request.rationale().strip()));
    }

    @PUT
    @Path("/adjustments/{adjustmentId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> correctAdjustment(@PathParam("id") UUID id, @PathParam("adjustmentId") UUID adjustmentId,
                                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @NotNull @Valid BudgetRequests.AdjustmentCorrection request) {
        return respond(budgets.correctAdjustment(id, EntityTags.expectedVersion(ifMatch), adjustmentId, request.category(),
                Money.parse("amount", request.amount()), request.rationale().strip(), request.reason()));
    }

    @POST
    @Path("/adjustments/{adjustmentId}/withdrawal")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> withdrawAdjustment(@PathParam("id") UUID id, @PathParam("adjustmentId") UUID adjustmentId,
                                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid BudgetRequests.Withdrawal request) {
        return respond(budgets.withdrawAdjustment(id, EntityTags.expectedVersion(ifMatch), adjustmentId,
                request == null ? null : request.reason()));
    }

    @PUT
    @Path("/lines/{code}")
    @RolesAllowed(Roles.COMMISSIONER)
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
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> setFunding(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid BudgetRequests.FundingRequest request) {
        return respond(budgets.setFunding(id, EntityTags.expectedVersion(ifMatch), request.sources().stream()
                .map(source -> new Budget.Funding(source.source().strip(), Money.parse("amount", source.amount()))).toList()));
    }

    @POST
    @Path("/status")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "The budget")
    public RestResponse<BudgetView> changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid BudgetRequests.StatusChange request) {
        return respond(budgets.changeStatus(id, EntityTags.expectedVersion(ifMatch), request.status()));
    }

    static RestResponse<BudgetView> respond(Budget budget) {
        return EntityTags.current(BudgetMapper.toView(budget), budget.version());
    }
}
