package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Schedule 3 adjustment of a budget: the commissioner corrects it (category, amount, rationale) or withdraws it,
 * each with a reason and the budget's ETag as If-Match, until the budget is approved. Nothing is deleted: a withdrawn
 * adjustment stays on the budget with its reason and no longer counts.
 */
@Path("/budgets/{budgetId}/adjustments/{adjustmentId}")
public class AdjustmentPages extends PortalPage {

    @Location("finance/adjustment.html")
    Template adjustmentPage;

    @GET
    public Response show(@RestPath String budgetId, @RestPath String adjustmentId, @org.jboss.resteasy.reactive.RestQuery String done) {
        person.require();
        String banner = "corrected".equals(done) ? "The adjustment is corrected"
                : "withdrawn".equals(done) ? "The adjustment is withdrawn: it stays on the budget and no longer counts" : null;
        return page(200, budgetId, adjustmentId, banner, FormValues.empty(), FormErrors.none());
    }

    @POST
    @Path("/correction")
    public Response correct(@RestPath String budgetId, @RestPath String adjustmentId, @RestForm("csrf") String csrf,
                            @RestForm("etag") String etag, @RestForm("category") String category,
                            @RestForm("amount") String amount, @RestForm("rationale") String rationale,
                            @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        Map<String, Object> body = adjustment(category, amount, rationale);
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        ApiAnswer answer = backend.call(Service.FINANCE, "PUT",
                        Backend.path("/api/v1/budgets/{}/adjustments/{}", budgetId, adjustmentId))
                .ifMatch(etag).reason(reason).json(body).send();
        FormValues typed = FormValues.empty().with("category", category).with("amount", amount).with("rationale", rationale)
                .with("reason", reason);
        return answered(budgetId, adjustmentId, answer, "corrected", typed, Map.of("category", "category", "amount", "amount",
                "rationale", "rationale", "reason", "reason"), "category");
    }

    @POST
    @Path("/withdrawal")
    public Response withdraw(@RestPath String budgetId, @RestPath String adjustmentId, @RestForm("csrf") String csrf,
                             @RestForm("etag") String etag, @RestForm("withdrawal-reason") String reason) {
        forms.check(csrf);
        person.require();
        ApiAnswer answer = backend.call(Service.FINANCE, "POST",
                        Backend.path("/api/v1/budgets/{}/adjustments/{}/withdrawal", budgetId, adjustmentId))
                .ifMatch(etag).reason(reason)
                .json(Reasons.only(reason)).send();
        return answered(budgetId, adjustmentId, answer, "withdrawn", FormValues.empty().with("withdrawal-reason", reason),
                Map.of("reason", "withdrawal-reason"), "withdrawal-reason");
    }

    /** The API's adjustment (category, amount, rationale) as typed, for the service to judge. */
    static Map<String, Object> adjustment(String category, String amount, String rationale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category == null || category.isBlank() ? null : category);
        body.put("amount", AmountInput.normalise(amount));
        body.put("rationale", rationale == null ? "" : rationale);
        return body;
    }

    private Response answered(String budgetId, String adjustmentId, ApiAnswer answer, String done, FormValues typed,
                              Map<String, String> inputs, String firstInput) {
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}/adjustments/{}", budgetId, adjustmentId) + "?done=" + done);

        }
        answer.aboutForm();
        Problem problem = Reasons.asked(answer.problem().orElseThrow(), "Enter the reason: it is kept in the audit history");
        FormErrors errors = FormErrors.ofChange(problem, inputs, firstInput);
        return page(FinancePage.refusedStatus(answer), budgetId, adjustmentId, null, typed, errors);
    }

    private Response page(int status, String budgetId, String adjustmentId, String done, FormValues typed, FormErrors errors) {
        ApiAnswer budget = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}", budgetId)).orRefuse();
        Map<?, ?> adjustment = (budget.object().get("adjustments") instanceof java.util.List<?> list ? list : java.util.List.of())
                .stream().filter(Map.class::isInstance).map(Map.class::cast)
                .filter(candidate -> adjustmentId.equals(String.valueOf(candidate.get("id")))).findFirst()
                .orElseThrow(NotFoundException::new);
        FormValues shown = typed;
        if (typed.get("category").isEmpty() && typed.get("withdrawal-reason").isEmpty() && errors.summary().isEmpty()) {
            shown = FormValues.empty().with("category", String.valueOf(adjustment.get("category")))
                    .with("amount", String.valueOf(adjustment.get("amount")))
                    .with("rationale", String.valueOf(adjustment.get("rationale")));
        }
        boolean open = !"APPROVED".equals(budget.object().get("status")) && !Boolean.TRUE.equals(budget.object().get("closed"));
        TemplateInstance page = adjustmentPage.data("budget", budget.object()).data("adjustment", adjustment)
                .data("etag", budget.etag().orElse("")).data("form", shown).data("errors", errors)
                .data("categories", BudgetPages.CATEGORIES)
                .data("mayChange", FinanceRights.of(person).manages() && open && !Boolean.TRUE.equals(adjustment.get("withdrawn"))
                        && adjustment.get("changeRequestId") == null)
                .data("done", done);
        return pages.show(status, page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }
}
