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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Map;

/**
 * A contract's ledger mapping: which budget line each cost centre and account of the trust's finance system counts
 * towards when a ledger export is imported. Everyone who reads monitoring returns reads it and each earlier version;
 * the trust's finance staff replace it with a CSV file, which makes the next version (versions never change). A
 * refused file changes nothing and its faults are listed by row.
 */
@Path("/contracts/{contractId}/ledger-mapping")
public class LedgerMappingPages extends PortalPage {

    private static final List<String> COLUMNS = List.of("cost_centre", "account", "budget_line");

    @Location("finance/ledger-mapping.html")
    Template mappingPage;

    @GET
    public Response current(@RestPath String contractId, @RestQuery String done) {
        person.require();
        requireReader();
        String banner = done == null ? null : "Version " + done + " of the ledger mapping is in force";
        return page(200, contractId, null, "", FileFaults.none(), banner);
    }

    @GET
    @Path("/versions/{version}")
    public Response version(@RestPath String contractId, @RestPath String version) {
        person.require();
        requireReader();
        ApiAnswer read = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/ledger-mapping/versions/{}", contractId, version))
                .orRefuse();
        return page(200, contractId, read, "", FileFaults.none(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response replace(@RestPath String contractId, @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                            @RestForm("file") FileUpload file, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        if (!FinanceRights.of(person).uploads()) {
            throw FinancePage.notForThisRole("Only the trust's finance staff set the ledger mapping.");
        }
        String typedReason = reason == null ? "" : reason.strip();
        List<Problem.Violation> asked = FileFaults.missing(null, file, "Select the ledger mapping (a CSV file)",
                chosen -> "text/csv".equals(MonitoringReturnPages.mediaType(chosen)),
                "The selected file must be a CSV file: save the mapping as CSV UTF-8");
        if (!asked.isEmpty()) {
            return page(400, contractId, null, typedReason, FileFaults.asked(asked, Map.of("file", "file"), "file"), null);
        }
        ApiAnswer answer = backend.call(Service.FINANCE, "PUT", Backend.path("/api/v1/contracts/{}/ledger-mapping", contractId))
                .ifMatch(etag).reason(typedReason).body("text/csv", Forms.content(file)).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/ledger-mapping", contractId)
                    + Backend.query("done", String.valueOf(answer.object().get("version"))));
        }
        FileFaults faults = FileFaults.refused(answer.problem().orElseThrow(), file.fileName(), List.of("reason"),
                LedgerMappingPages::column);
        return page(FinancePage.refusedStatus(answer), contractId, null, typedReason, faults, null);
    }

    /** The version asked for (else the one in force, if any), the versions, and for trust finance the form to replace it. */
    private Response page(int status, String contractId, ApiAnswer version, String reason, FileFaults faults, String banner) {
        ApiAnswer contract = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).orRefuse();
        ApiAnswer current = FinancePage.ledgerMapping(backend, contractId).orElse(null);
        ApiAnswer versions = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/ledger-mapping/versions", contractId))
                .orRefuse();
        ApiAnswer shown = version != null ? version : current;
        TemplateInstance page = mappingPage.data("contract", contract.object())
                .data("mapping", shown == null ? null : shown.object())
                .data("inForce", current == null ? null : current.object().get("version"))
                .data("etag", current == null ? "" : current.etag().orElse(""))
                .data("versions", versions.list())
                .data("may", FinanceRights.of(person))
                .data("banner", banner)
                .data("reason", reason)
                .data("errors", faults.errors())
                .data("result", faults);
        return pages.show(status, page, Section.FINANCE, contractId);
    }

    /** The column a fault of a mapping row names: one it starts with, or the budget line ("no budget line 'nursery' ..."). */
    static String column(String message) {
        String column = FileFaults.startingColumn(COLUMNS).apply(message);
        return column.isEmpty() ? MonitoringReturnPages.column(message) : column;
    }

    private void requireReader() {
        if (!FinanceRights.of(person).readsMonitoring()) {
            throw FinancePage.notForThisRole("The ledger mapping is read by the council's commissioners, the trust's finance staff, "
                    + "auditors and administrators.");
        }
    }
}
