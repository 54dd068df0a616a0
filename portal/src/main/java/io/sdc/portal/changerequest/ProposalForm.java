package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.web.DateInput;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the person typed into the form raising a change request or editing a draft, and the API's
 * {@code ChangeRequestRequest} built from it. Only the fields the type needs are shown and sent; each is sent as
 * typed, so that the API judges it and names the field it refuses.
 */
@TemplateData
public class ProposalForm {

    @RestForm public String type;
    @RestForm public String title;
    @RestForm public String rationale;
    @RestForm("effective-date-day") public String effectiveDay;
    @RestForm("effective-date-month") public String effectiveMonth;
    @RestForm("effective-date-year") public String effectiveYear;
    @RestForm("financial-impact") public String financialImpact;
    @RestForm("requires-statutory-direction") public String requiresStatutoryDirection;
    @RestForm("service-area-code") public String serviceAreaCode;
    @RestForm("service-area-name") public String serviceAreaName;
    @RestForm("basket-version-id") public String basketVersionId;
    @RestForm("budget-financial-year") public String budgetFinancialYear;
    @RestForm("budget-line") public String budgetLine;
    @RestForm("budget-amount") public String budgetAmount;
    @RestForm public String reason;
    @RestForm public String etag;

    /** An empty form for a type. */
    static ProposalForm of(String type) {
        ProposalForm form = new ProposalForm();
        form.type = type;
        return form;
    }

    /** The form filled in with a change request as it stands, to edit it. */
    static ProposalForm of(Map<String, Object> view, String etag) {
        ProposalForm form = of(text(view.get("type")));
        form.title = text(view.get("title"));
        form.rationale = text(view.get("rationale"));
        DateInput effective = DateInput.ofIso(text(view.get("effectiveDate")));
        form.effectiveDay = effective.day();
        form.effectiveMonth = effective.month();
        form.effectiveYear = effective.year();
        form.financialImpact = text(view.get("financialImpact"));
        form.requiresStatutoryDirection = Boolean.TRUE.equals(view.get("requiresStatutoryDirection")) ? "true" : null;
        if (view.get("serviceArea") instanceof Map<?, ?> area) {
            form.serviceAreaCode = text(area.get("code"));
            form.serviceAreaName = text(area.get("name"));
        }
        form.basketVersionId = text(view.get("basketVersionId"));
        if (view.get("budget") instanceof Map<?, ?> budget) {
            form.budgetFinancialYear = text(budget.get("financialYear"));
            form.budgetLine = text(budget.get("line"));
            form.budgetAmount = text(budget.get("amount"));
        }
        form.etag = etag;
        return form;
    }

    public DateInput effectiveDate() {
        return DateInput.typed(effectiveDay, effectiveMonth, effectiveYear);
    }

    public boolean isServiceTransfer() {
        return "SERVICE_TRANSFER_IN".equals(type) || "SERVICE_TRANSFER_OUT".equals(type);
    }

    public boolean isBasketRevision() {
        return "PI_BASKET_REVISION".equals(type);
    }

    public boolean isBudgetVariation() {
        return "BUDGET_VARIATION".equals(type);
    }

    public boolean needsStatutoryDirection() {
        return "true".equals(requiresStatutoryDirection);
    }

    /** The API's {@code ChangeRequestRequest}: the common fields and those of the form's type. */
    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", blankToNull(type));
        request.put("title", strip(title));
        request.put("rationale", strip(rationale));
        request.put("effectiveDate", effectiveDate().iso());
        request.put("financialImpact", blankToNull(financialImpact));
        request.put("requiresStatutoryDirection", needsStatutoryDirection());
        if (isServiceTransfer()) {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("code", strip(serviceAreaCode));
            area.put("name", strip(serviceAreaName));
            request.put("serviceArea", area);
        }
        if (isBasketRevision()) {
            request.put("basketVersionId", strip(basketVersionId));
        }
        if (isBudgetVariation()) {
            Map<String, Object> budget = new LinkedHashMap<>();
            budget.put("financialYear", strip(budgetFinancialYear));
            budget.put("line", strip(budgetLine));
            budget.put("amount", strip(budgetAmount));
            request.put("budget", budget);
        }
        return request;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
