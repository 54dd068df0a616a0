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
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Map;

/**
 * A year's outturn after the risk share, band by band: the trust's and the council's share in each band and the
 * trust's position before and after the share. Commissioners work it out (again, while it is a draft) and make it final,
 * which closes the year.
 */
@Path("/budgets/{budgetId}/outturn")
public class OutturnPages extends PortalPage {

    private static final Map<String, String> DONE = Map.of(
            "drafted", "The outturn was worked out from the year's latest monitoring return.",
            "final", "The outturn is final and the financial year is closed.");

    @Location("finance/outturn.html")
    Template outturnPage;

    @GET
    public Response show(@RestPath String budgetId, @RestQuery String done) {
        person.require();
        return page(200, budgetId, FormValues.empty(), FormErrors.none(), done == null ? null : DONE.get(done));
    }

    /** Works the draft outturn out (again) from the year's latest return and the risk-share mechanism. */
    @POST
    public Response workOut(@RestPath String budgetId, @RestForm("csrf") String csrf) {
        forms.check(csrf);
        person.require();
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/outturn", budgetId)).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}/outturn", budgetId) + "?done=drafted");
        }
        return page(FinancePage.refusedStatus(answer), budgetId, FormValues.empty(),
                FormErrors.of(answer.problem().orElseThrow(), Map.of(), "work-out"), null);
    }

    @POST
    @Path("/finalisation")
    public Response finalise(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                             @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/outturn/finalisation", budgetId))
                .ifMatch(etag).reason(reason).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}/outturn", budgetId) + "?done=final");
        }
        return page(FinancePage.refusedStatus(answer), budgetId, FormValues.empty().with("final-reason", reason),
                FormErrors.of(answer.problem().orElseThrow(), Map.of(), "final-reason"), null);
    }

    private Response page(int status, String budgetId, FormValues form, FormErrors errors, String banner) {
        ApiAnswer budget = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}", budgetId)).orRefuse();
        ApiAnswer outturn = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}/outturn", budgetId));
        if (!outturn.succeeded() && outturn.status() != 404) {
            outturn.orRefuse();
        }
        Map<String, Object> view = outturn.succeeded() ? outturn.object() : null;
        FinanceRights may = FinanceRights.of(person);
        boolean draft = view != null && "DRAFT".equals(String.valueOf(view.get("status")));
        TemplateInstance page = outturnPage.data("budget", budget.object())
                .data("outturn", view)
                .data("etag", outturn.etag().orElse(""))
                .data("may", may)
                .data("mayWorkOut", may.manages() && (view == null || draft))
                .data("mayFinalise", may.manages() && draft)
                .data("form", form)
                .data("errors", errors)
                .data("banner", banner);
        return pages.show(status, page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }
}
