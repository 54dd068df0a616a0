package io.sdc.finance.budget.rest;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.budget.service.BudgetService;
import io.sdc.platform.money.Money;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
public class ContractBudgetsResource {

    @Inject
    BudgetService budgets;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "The budget", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetView.class)))
    public RestResponse<BudgetView> create(@PathParam("contractId") UUID contractId, @NotNull @Valid BudgetRequests.NewBudget request, UriInfo uri) {
        Budget budget = budgets.create(contractId, request.financialYear(),
                Money.parseOptional("baseAmount", request.baseAmount()));
        return EntityTags.created(uri.getBaseUriBuilder().path("api/v1/budgets").path(budget.id().toString()).build(),
                BudgetMapper.toView(budget), budget.version());
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.TRUST_PERFORMANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The budgets")
    public List<BudgetView> list(@PathParam("contractId") UUID contractId) {
        return budgets.ofContract(contractId).stream().map(BudgetMapper::toView).toList();
    }
}
