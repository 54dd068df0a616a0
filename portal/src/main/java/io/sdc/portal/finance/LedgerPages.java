package io.sdc.portal.finance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Map;

/**
 * The trust finance officer's import of a ledger export as a period's monitoring return: the finance system's ledger,
 * one row per cost centre and account (optionally per transaction and month), which the service maps to budget lines by
 * the contract's ledger mapping and adds up. A refused file changes nothing: the first faults are listed by row, and
 * every fault is counted by kind. A large file is imported by a job: its page says how far it got, and sends the person
 * on to the forecast once the return is in.
 */
@Path("/budgets/{budgetId}")
public class LedgerPages extends PortalPage {

    private static final String UPLOADERS = "Only the trust's finance staff import ledger exports.";

    /** The ledger export's columns, as the service names them. */
    static final List<String> COLUMNS = List.of("cost_centre", "account", "actual_to_date", "forecast_outturn",
            "transaction_reference", "period");

    @Location("finance/ledger-upload.html")
    Template uploadPage;
    @Location("finance/ledger-job.html")
    Template jobPage;

    @GET
    @Path("/ledger-returns/new")
    public Response form(@RestPath String budgetId) {
        return upload(200, FinancePage.budgetToUpload(backend, person, budgetId, UPLOADERS), "", "", FileFaults.none());
    }

    @POST
    @Path("/ledger-returns/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestPath String budgetId, @RestForm("csrf") String csrf, @RestForm("period") String period,
                         @RestForm("file") FileUpload file, @RestForm("reason") String reason) {
        forms.check(csrf);
        ApiAnswer budget = FinancePage.budgetToUpload(backend, person, budgetId, UPLOADERS);
        PeriodFile typed = PeriodFile.typed(period, reason, file, "Select the ledger export (a CSV file)",
                chosen -> "text/csv".equals(MonitoringReturnPages.mediaType(chosen)),
                "The selected file must be a CSV file: save the ledger export as CSV UTF-8");
        if (!typed.complete()) {
            return upload(400, budget, typed.period(), typed.reason(), typed.asked());
        }
        ApiAnswer answer = backend.call(Service.FINANCE, "POST", Backend.path("/api/v1/budgets/{}/ledger-returns", budgetId)
                + Backend.query("period", typed.period())).reason(typed.reason()).body("text/csv", Forms.content(file)).send();
        if (answer.status() == 202) {
            return pages.seeOther(Backend.path("/budgets/{}/ledger-import-jobs/{}", budgetId, answer.object().get("id")));
        }
        if (answer.succeeded()) {
            return imported(budgetId, String.valueOf(answer.object().get("period")), answer.status() != 201);
        }
        return upload(FinancePage.refusedStatus(answer), budget, typed.period(), typed.reason(), refusal(answer.problem().orElseThrow(),
                file.fileName()));
    }

    /** How a large file's import is doing; once it is in, the forecast it made; if refused, the upload with its faults. */
    @GET
    @Path("/ledger-import-jobs/{jobId}")
    public Response job(@RestPath String budgetId, @RestPath String jobId) {
        person.require();
        ApiAnswer budget = FinancePage.budget(backend, budgetId);
        ApiAnswer read = backend.get(Service.FINANCE, Backend.path("/api/v1/ledger-import-jobs/{}", jobId)).orRefuse();
        Map<String, Object> job = read.object();
        if (!String.valueOf(job.get("budgetId")).equals(String.valueOf(budget.object().get("id")))) {
            throw new NotFoundException();
        }
        String status = String.valueOf(job.get("status"));
        if ("SUCCEEDED".equals(status)) {
            return imported(budgetId, String.valueOf(job.get("period")), Boolean.TRUE.equals(job.get("alreadyApplied")));
        }
        if ("FAILED".equals(status) && FinanceRights.of(person).uploads()) {
            Problem problem = Problem.read(read.json().path("problem"));
            return upload(200, budget, String.valueOf(job.get("period")), "", refusal(problem, "sent for " + job.get("period")));
        }
        TemplateInstance page = jobPage.data("budget", budget.object()).data("job", job)
                .data("failure", "FAILED".equals(status) ? Problem.read(read.json().path("problem")).message() : null);
        return pages.show(page, Section.FINANCE, String.valueOf(budget.object().get("contractId")));
    }

    private Response imported(String budgetId, String period, boolean alreadyApplied) {
        return pages.seeOther(Backend.path("/budgets/{}/forecast", budgetId)
                + Backend.query("period", period, "imported", alreadyApplied ? "same" : "new"));
    }

    private static FileFaults refusal(Problem refused, String fileName) {
        return FileFaults.ofReturn(refused, fileName, LedgerPages::column);
    }

    /** The column a fault of a ledger row names ("cost centre CC9 and account 5100 are not in the ledger mapping"). */
    static String column(String message) {
        if (message != null && message.startsWith("cost centre ")) {
            return "cost_centre, account";
        }
        return FileFaults.startingColumn(COLUMNS).apply(message);
    }

    private Response upload(int status, ApiAnswer budget, String period, String reason, FileFaults faults) {
        String contractId = String.valueOf(budget.object().get("contractId"));
        TemplateInstance page = uploadPage.data("budget", budget.object())
                .data("mapping", FinancePage.ledgerMapping(backend, contractId).map(ApiAnswer::object).orElse(null))
                .data("period", period)
                .data("reason", reason)
                .data("errors", faults.errors())
                .data("result", faults);
        return pages.show(status, page, Section.FINANCE, contractId);
    }

}
