package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.Section;
import io.sdc.portal.web.ValidateOrReturn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Locale;

/**
 * A budget's monitoring returns, current and superseded, and the trust finance officer's upload of a return: the
 * finance system's export as a CSV or XLSX file, sent to the service as it is. A refused file changes nothing and
 * every fault the service found is listed with its row.
 */
@Path("/budgets/{budgetId}/monitoring-returns")
public class MonitoringReturnPages extends PortalPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String UPLOADERS = "Only the trust's finance staff send monitoring returns.";
    private static final List<String> COLUMNS = List.of("budget_line", "actual_to_date", "forecast_outturn");

    @Location("finance/monitoring-returns.html")
    Template returnsPage;
    @Location("finance/upload.html")
    Template uploadPage;
    @Location("finance/monitoring-return.html")
    Template returnPage;

    @GET
    public Response list(@RestPath String budgetId, @org.jboss.resteasy.reactive.RestQuery String done) {
        person.require();
        ApiAnswer budget = FinancePage.budget(backend, budgetId);
        ApiAnswer returns = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}/monitoring-returns", budgetId)).orRefuse();
        TemplateInstance page = returnsPage.data("budget", budget.object())
                .data("returns", returns.list())
                .data("may", FinanceRights.of(person))
                .data("done", decidedMessage(done));
        return pages.show(page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }

    /** One return: its figures by line, where it stands and who submitted, validated, returned or corrected it. */
    @GET
    @Path("/{returnId}")
    public Response one(@RestPath String budgetId, @RestPath String returnId) {
        person.require();
        return decisionPage(200, budgetId, returnId, "", FormErrors.none());
    }

    /** The commissioner validates a submitted return (If-Match: the ETag read when the page was shown). */
    @POST
    @Path("/{returnId}/validation")
    public Response validate(@RestPath String budgetId, @RestPath String returnId, @RestForm("csrf") String csrf,
                             @RestForm("etag") String etag) {
        forms.check(csrf);
        person.require();
        requireValidator();
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/monitoring-returns/{}/validation", returnId))
                .ifMatch(etag).send();
        return decided(budgetId, returnId, answer, "validated", "", "validate");
    }

    /** The commissioner returns a submitted return to the trust, with the reason the trust must act on. */
    @POST
    @Path("/{returnId}/return")
    public Response sendBack(@RestPath String budgetId, @RestPath String returnId, @RestForm("csrf") String csrf,
                             @RestForm("etag") String etag, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        requireValidator();
        String given = reason == null ? "" : reason.strip();
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/monitoring-returns/{}/return", returnId))
                .ifMatch(etag).reason(given).json(Reasons.only(given)).send();
        return decided(budgetId, returnId, answer, "returned", given, "reason");
    }

    private Response decided(String budgetId, String returnId, ApiAnswer answer, String done, String reason, String firstInput) {
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/budgets/{}/monitoring-returns", budgetId) + Backend.query("done", done));
        }
        FormErrors errors = ValidateOrReturn.refused(answer, "Enter the reason for returning it: the trust is told it", firstInput);
        return decisionPage(FinancePage.refusedStatus(answer), budgetId, returnId, reason, errors);
    }

    private Response decisionPage(int status, String budgetId, String returnId, String reason, FormErrors errors) {
        ApiAnswer budget = FinancePage.budget(backend, budgetId);
        ApiAnswer read = backend.get(Service.FINANCE, Backend.path("/api/v1/monitoring-returns/{}", returnId)).orRefuse();
        if (!String.valueOf(read.object().get("budgetId")).equals(String.valueOf(budget.object().get("id")))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        TemplateInstance page = returnPage.data("budget", budget.object()).data("r", read.object())
                .data("etag", read.etag().orElse("")).data("reason", reason).data("errors", errors)
                .data("may", FinanceRights.of(person));
        return pages.show(status, page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }

    private static String decidedMessage(String done) {
        if ("validated".equals(done)) {
            return "The monitoring return is validated";
        }
        return "returned".equals(done) ? "The monitoring return is returned to the trust with your reason" : null;
    }

    private void requireValidator() {
        if (!FinanceRights.of(person).manages()) {
            throw FinancePage.notForThisRole("Only the council's commissioners validate or return the trust's monitoring returns.");
        }
    }

    @GET
    @Path("/new")
    public Response form(@RestPath String budgetId) {
        return upload(200, FinancePage.budgetToUpload(backend, person, budgetId, UPLOADERS), "", "", FileFaults.none());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("period") String period,
                         @RestForm("file") FileUpload file, @RestForm("reason") String reason) {
        forms.check(csrf);
        ApiAnswer budget = FinancePage.budgetToUpload(backend, person, budgetId, UPLOADERS);
        PeriodFile typed = PeriodFile.typed(period, reason, file, "Select the monitoring return file (CSV or XLSX)",
                chosen -> mediaType(chosen) != null, "The selected file must be a CSV or XLSX file");
        if (!typed.complete()) {
            return upload(400, budget, typed.period(), typed.reason(), typed.asked());
        }
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/monitoring-returns", budgetId)
                + Backend.query("period", typed.period())).reason(typed.reason()).body(mediaType(file), Forms.content(file)).send();
        if (answer.succeeded()) {
            String imported = answer.status() == 201 ? "new" : "same";
            return pages.seeOther(Backend.path("/budgets/{}/forecast", budgetId)
                    + Backend.query("period", String.valueOf(answer.object().get("period")), "imported", imported));
        }
        return upload(FinancePage.refusedStatus(answer), budget, typed.period(), typed.reason(),
                FileFaults.ofReturn(answer.problem().orElseThrow(), file.fileName(), MonitoringReturnPages::column));
    }

    private Response upload(int status, ApiAnswer budget, String period, String reason, FileFaults faults) {
        TemplateInstance page = uploadPage.data("budget", budget.object())
                .data("period", period)
                .data("reason", reason)
                .data("errors", faults.errors())
                .data("result", faults);
        return pages.show(status, page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }

    /** The media type the service takes the file as, from its name, else from the type the browser gave it. */
    static String mediaType(FileUpload file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(XLSX)) {
            return XLSX;
        }
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return "text/csv";
        }
        return null;
    }

    /** The column a fault names: its message starts with the column ("actual_to_date must be…") or speaks of the line. */
    static String column(String message) {
        String column = FileFaults.startingColumn(COLUMNS).apply(message);
        if (!column.isEmpty() || message == null) {
            return column;
        }
        if (message.startsWith("no budget line") || message.startsWith("budget line") && message.endsWith("appears twice")) {
            return "budget_line";
        }
        return "";
    }
}
