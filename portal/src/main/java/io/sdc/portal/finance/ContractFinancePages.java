package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.LinkedHashMap;
import java.util.Map;

/** A contract's finance: its budgets per financial year, and (for commissioners) setting up the next one. */
@Path("/contracts/{contractId}/finance")
public class ContractFinancePages extends PortalPage {

    @Location("finance/contract-finance.html")
    Template contractFinance;

    @GET
    public Response show(@RestPath String contractId) {
        person.require();
        return page(200, contractId, FormValues.empty(), FormErrors.none());
    }

    /** Sets up a financial year's budget; the service bases it on the previous year's approved total. */
    @POST
    @Path("/budgets")
    public Response createBudget(@RestPath String contractId, @RestForm("csrf") String csrf,
                                 @RestForm("financialYear") String financialYear, @RestForm("baseAmount") String baseAmount) {
        forms.check(csrf);
        person.require();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("financialYear", financialYear == null ? "" : financialYear.strip());
        if (baseAmount != null && !baseAmount.isBlank()) {
            body.put("baseAmount", AmountInput.normalise(baseAmount));
        }
        ApiAnswer created = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/contracts/{}/budgets", contractId))
                .json(body).send();
        if (created.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}", String.valueOf(created.object().get("id"))) + "?done=created");
        }
        FormErrors errors = FormErrors.of(created.problem().orElseThrow(),
                Map.of("financialYear", "financial-year", "baseAmount", "base-amount"), "financial-year");
        FormValues form = FormValues.empty().with("financial-year", financialYear).with("base-amount", baseAmount);
        return page(FinancePage.refusedStatus(created), contractId, form, errors);
    }

    private Response page(int status, String contractId, FormValues form, FormErrors errors) {
        ApiAnswer contract = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).orRefuse();
        ApiAnswer budgets = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/budgets", contractId)).orRefuse();
        TemplateInstance page = contractFinance.data("contract", contract.object())
                .data("budgets", budgets.list())
                .data("may", FinanceRights.of(person))
                .data("form", form)
                .data("errors", errors);
        return pages.show(status, page, Section.FINANCE, contractId);
    }
}
