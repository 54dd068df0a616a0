package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A budget: total, status, its Schedule 3 derivation (table and waterfall chart), lines and funding; for
 * commissioners, the changes the service takes while the budget is not yet approved (an adjustment, a line, the funding)
 * and the next step of its status.
 */
@Path("/budgets/{budgetId}")
public class BudgetPages extends PortalPage {

    /** Adjustment categories a commissioner adds by hand; contract variations come from approved change requests. */
    static final List<Option> CATEGORIES = List.of(
            new Option("PAY_INFLATION", "Pay inflation"),
            new Option("PRICE_INFLATION", "Price inflation"),
            new Option("CHANGES_IN_LAW", "Changes in law"),
            new Option("DEMAND_FOR_SERVICES", "Demand for services"),
            new Option("CONTRIBUTION_TO_COUNCIL_SAVINGS", "Contribution to council savings"),
            new Option("OTHER", "Other"));

    static final int MAX_FUNDING_SOURCES = 20;

    private static final Map<String, String> DONE = Map.of(
            "created", "The budget was set up.",
            "adjustment", "The adjustment was added to the budget.",
            "line", "The budget line was saved.",
            "funding", "The funding sources were saved.",
            "CONFIRMED_IN_PRINCIPLE", "The budget is confirmed in principle.",
            "APPROVED", "The budget is approved.");

    @Location("finance/budget.html")
    Template budgetPage;

    @TemplateData
    public record Option(String value, String label) {
    }

    @TemplateData
    public record FundingRow(int number, String source, String amount) {

        public String sourceId() {
            return "funding-source-" + number;
        }

        public String amountId() {
            return "funding-amount-" + number;
        }
    }

    @GET
    public Response show(@RestPath String budgetId, @RestQuery String line, @RestQuery String done) {
        person.require();
        ApiAnswer budget = read(budgetId);
        FormValues form = FormValues.empty();
        if (line != null) {
            for (Map<String, Object> existing : lines(budget.object())) {
                if (line.equals(existing.get("code"))) {
                    form.with("line-code", line).with("line-name", String.valueOf(existing.get("name")))
                            .with("line-amount", String.valueOf(existing.get("amount")))
                            .with("line-demand-led", Boolean.TRUE.equals(existing.get("demandLed")) ? "true" : "");
                }
            }
        }
        return page(200, budget, form, fundingRows(budget.object()), FormErrors.none(), done == null ? null : DONE.get(done));
    }

    @POST
    @Path("/adjustments")
    public Response addAdjustment(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                                  @RestForm("category") String category, @RestForm("amount") String amount,
                                  @RestForm("rationale") String rationale) {
        forms.check(csrf);
        person.require();
        Map<String, Object> body = AdjustmentPages.adjustment(category, amount, rationale);
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/adjustments", budgetId))
                .ifMatch(etag).reason(rationale).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}", budgetId) + "?done=adjustment");
        }
        FormValues form = FormValues.empty().with("adjustment-category", category).with("adjustment-amount", amount)
                .with("adjustment-rationale", rationale);
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), Map.of("category", "adjustment-category",
                "amount", "adjustment-amount", "rationale", "adjustment-rationale"), "adjustment-category");
        return refused(budgetId, answer, form, null, errors);
    }

    @POST
    @Path("/lines")
    public Response setLine(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                            @RestForm("code") String code, @RestForm("name") String name, @RestForm("amount") String amount,
                            @RestForm("demandLed") String demandLed, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        FormValues form = FormValues.empty().with("line-code", code).with("line-name", name).with("line-amount", amount)
                .with("line-demand-led", demandLed).with("line-reason", reason);
        if (code == null || code.isBlank()) {
            ApiAnswer budget = read(budgetId);
            return page(400, budget, form, fundingRows(budget.object()),
                    FormErrors.of("line-code", "Enter the line's code, such as placements"), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name == null ? "" : name);
        body.put("amount", AmountInput.normalise(amount));
        body.put("demandLed", demandLed != null && !demandLed.isBlank());
        ApiAnswer answer = backend.call(Service.FINANCE, "PUT", Backend.path("/api/v1/budgets/{}/lines/{}", budgetId, code.strip()))
                .ifMatch(etag).reason(reason).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}", budgetId) + "?done=line");
        }
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), Map.of("name", "line-name", "amount", "line-amount",
                "demandLed", "line-demand-led"), "line-code");
        return refused(budgetId, answer, form, null, errors);
    }

    @POST
    @Path("/funding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setFunding(@RestPath String budgetId, MultivaluedMap<String, String> fields) {
        forms.check(fields.getFirst("csrf"));
        person.require();
        List<FundingRow> typed = new ArrayList<>();
        List<Map<String, String>> sources = new ArrayList<>();
        Map<String, String> inputs = new HashMap<>();
        for (int number = 1; number <= MAX_FUNDING_SOURCES; number++) {
            String source = fields.getFirst("source-" + number);
            String amount = fields.getFirst("amount-" + number);
            if (source == null && amount == null) {
                continue;
            }
            typed.add(new FundingRow(number, source == null ? "" : source, amount == null ? "" : amount));
            if ((source == null || source.isBlank()) && (amount == null || amount.isBlank())) {
                continue;
            }
            int index = sources.size();
            inputs.put("sources[" + index + "].source", "funding-source-" + number);
            inputs.put("sources[" + index + "].amount", "funding-amount-" + number);
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("source", source == null ? "" : source);
            entry.put("amount", AmountInput.normalise(amount));
            sources.add(entry);
        }
        String reason = fields.getFirst("reason");
        ApiAnswer answer = backend.call(Service.FINANCE, "PUT", Backend.path("/api/v1/budgets/{}/funding", budgetId))
                .ifMatch(fields.getFirst("etag")).reason(reason).json(Map.of("sources", sources)).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}", budgetId) + "?done=funding");
        }
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), inputs, "funding-source-1");
        return refused(budgetId, answer, FormValues.empty().with("funding-reason", reason), typed, errors);
    }

    @POST
    @Path("/status")
    public Response changeStatus(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                                 @RestForm("status") String status, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        Map<String, Object> body = new HashMap<>();
        body.put("status", status == null || status.isBlank() ? null : status);
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/status", budgetId))
                .ifMatch(etag).reason(reason).json(body).send();
        if (answer.succeeded()) {
            String next = String.valueOf(answer.object().get("status"));
            return pages.seeOther(Backend.path("/budgets/{}", budgetId) + "?done=" + (DONE.containsKey(next) ? next : "line"));
        }
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), Map.of("status", "status-reason"), "status-reason");
        return refused(budgetId, answer, FormValues.empty().with("status-reason", reason), null, errors);
    }

    private Response refused(String budgetId, ApiAnswer answer, FormValues form, List<FundingRow> funding, FormErrors errors) {
        ApiAnswer budget = read(budgetId);
        return page(FinancePage.refusedStatus(answer), budget, form, funding == null ? fundingRows(budget.object()) : padded(funding),
                errors, null);
    }

    private ApiAnswer read(String budgetId) {
        return backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}", budgetId)).orRefuse();
    }

    private Response page(int status, ApiAnswer answer, FormValues form, List<FundingRow> funding, FormErrors errors, String banner) {
        Map<String, Object> budget = answer.object();
        FinanceRights may = FinanceRights.of(person);
        String budgetStatus = String.valueOf(budget.get("status"));
        boolean open = !"APPROVED".equals(budgetStatus) && !Boolean.TRUE.equals(budget.get("closed"));
        String nextStatus = switch (budgetStatus) {
            case "INDICATIVE" -> "CONFIRMED_IN_PRINCIPLE";
            case "CONFIRMED_IN_PRINCIPLE" -> "APPROVED";
            default -> null;
        };
        TemplateInstance page = budgetPage.data("budget", budget)
                .data("etag", answer.etag().orElse(""))
                .data("derivation", Derivation.of(budget))
                .data("may", may)
                .data("changeable", may.manages() && open)
                .data("nextStatus", may.manages() && open ? nextStatus : null)
                .data("categories", CATEGORIES)
                .data("fundingRows", funding)
                .data("form", form)
                .data("errors", errors)
                .data("banner", banner);
        return pages.show(status, page, Section.FINANCE, String.valueOf(budget.get("contractId")));
    }

    private static List<Map<String, Object>> lines(Map<String, Object> budget) {
        return ApiAnswer.maps(budget.get("lines"));
    }

    /** The budget's funding sources as form rows, with two empty rows to add more. */
    private static List<FundingRow> fundingRows(Map<String, Object> budget) {
        List<FundingRow> rows = new ArrayList<>();
        for (Map<String, Object> funding : ApiAnswer.maps(budget.get("funding"))) {
            rows.add(new FundingRow(rows.size() + 1, String.valueOf(funding.get("source")), String.valueOf(funding.get("amount"))));
        }
        return padded(rows);
    }

    private static List<FundingRow> padded(List<FundingRow> rows) {
        List<FundingRow> padded = new ArrayList<>(rows);
        int wanted = Math.min(MAX_FUNDING_SOURCES, Math.max(3, rows.size() + 2));
        int number = padded.isEmpty() ? 0 : padded.get(padded.size() - 1).number();
        while (padded.size() < wanted && number < MAX_FUNDING_SOURCES) {
            number++;
            padded.add(new FundingRow(number, "", ""));
        }
        return padded;
    }
}
