package io.sdc.portal.report;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contract's reports, as report-service makes them from the services' figures: the list of its annual reports
 * (one per contract year), quarterly packs (one per quarter) and issued copies; each report as a page (its document
 * in the design system's components, each figure linked to where it comes from) with its PDF and Word downloads; the
 * commissioner's form to issue it; and each issued copy with the PDF and figures exactly as kept.
 */
@Path("/contracts/{contractId}/reports")
public class ReportPages extends PortalPage {

    private static final String CONFIRM_FIELD = "confirmUnvalidated";
    /** The confirmation's refusal in the words of its checkbox (the page's notices already say which figures). */
    private static final String CONFIRM_MESSAGE = "Confirm this report may be issued with figures not yet validated";
    /** The longest contract the list walks through, in contract years. */
    private static final int MOST_YEARS = 40;

    @jakarta.inject.Inject
    IssuedReports issuedReports;

    @Location("report/reports.html")
    Template reportsPage;
    @Location("report/report.html")
    Template reportPage;

    @GET
    public Response reports(@PathParam("contractId") String contractId) {
        person.require();
        Map<String, Object> contract = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).orRefuse().object();
        List<IssuedReportView> issued = issuedReports.of(contractId);
        return pages.show(reportsPage.data("contract", contract).data("contractId", contractId)
                .data("years", years(contractId, contract)).data("issued", issued)
                .data("mayReadHistory", Downloads.mayReadHistory(person)), Section.REPORTS, contractId);
    }

    @GET
    @Path("/{kind}")
    public Response report(@PathParam("contractId") String contractId, @PathParam("kind") String slug,
                           @QueryParam("contractYear") String contractYear, @QueryParam("period") String period) {
        person.require();
        ReportKind kind = kind(slug);
        String asked = trimmed(kind == ReportKind.ANNUAL ? contractYear : period);
        return show(contractId, kind, asked, IssueForm.empty(), FormErrors.none());
    }

    /** The commissioner issues the report: report-service keeps its PDF and figures as they are now. */
    @POST
    @Path("/{kind}")
    public Response issue(@PathParam("contractId") String contractId, @PathParam("kind") String slug,
                          @RestForm("csrf") String csrf, @RestForm("period") String period,
                          @RestForm("confirmUnvalidated") String confirmUnvalidated, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        ReportKind kind = kind(slug);
        IssueForm typed = new IssueForm("true".equals(confirmUnvalidated), reason == null ? "" : reason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.apiKind());
        body.put("period", trimmed(period));
        body.put("confirmUnvalidated", typed.confirmUnvalidated());
        body.put("reason", typed.reason().isBlank() ? null : typed.reason().strip());
        ApiAnswer answer = backend.call(Service.REPORT, "POST", Backend.path("/api/v1/contracts/{}/issued-reports", contractId))
                .reason(typed.reason()).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/reports/issued/{}", issuedId(answer)));
        }
        if (answer.status() == 401 || answer.status() == 403 || answer.status() == 404 || answer.status() >= 500) {
            answer.orRefuse();
        }
        return show(answer.status(), contractId, kind, trimmed(period), typed, issueErrors(answer));
    }

    /** The report as a PDF or a Word document, as report-service renders it now (a draft until issued). */
    @GET
    @Path("/{kind}/{format}")
    public Response download(@PathParam("contractId") String contractId, @PathParam("kind") String slug,
                             @PathParam("format") String format, @QueryParam("contractYear") String contractYear,
                             @QueryParam("period") String period) {
        person.require();
        ReportKind kind = kind(slug);
        String mediaType = switch (format) {
            case "pdf" -> Downloads.PDF;
            case "docx" -> Downloads.DOCX;
            default -> throw new NotFoundException();
        };
        String asked = trimmed(kind == ReportKind.ANNUAL ? contractYear : period);
        ApiAnswer answer = backend.call(Service.REPORT, "GET", kind.apiPath(contractId, asked, format))
                .accept(mediaType).send().orRefuse();
        return Downloads.passOn(answer, mediaType, kind.slug() + "-report." + format);
    }

    private Response show(String contractId, ReportKind kind, String period, IssueForm typed, FormErrors issueErrors) {
        return show(200, contractId, kind, period, typed, issueErrors);
    }

    /**
     * The report's page: its document, or, when report-service cannot make it for the period asked (not a contract
     * year or quarter of the contract), the period's field with the reason.
     */
    private Response show(int status, String contractId, ReportKind kind, String period, IssueForm typed, FormErrors issueErrors) {
        TemplateInstance page = reportPage.data("contractId", contractId).data("kind", kind).data("period", period)
                .data("typed", typed).data("mayIssue", person.is(Role.COMMISSIONER));
        if (period.isEmpty()) {
            return pages.show(400, page.data("view", null).data("figures", Map.of()).data("copies", List.of())
                    .data("errors", FormErrors.of("period", "Enter the " + kind.periodInText()
                            + " of the report, for example " + (kind == ReportKind.ANNUAL ? "2014/15" : "2015-Q3"))),
                    Section.REPORTS, contractId);
        }
        ApiAnswer answer = backend.get(Service.REPORT, kind.apiPath(contractId, period));
        if (answer.status() == 400) {
            return pages.show(400, page.data("view", null).data("figures", Map.of()).data("copies", List.of())
                    .data("errors", FormErrors.of(answer.problem().orElseThrow(),
                            Map.of("period", "period", "contractYear", "period"), "period")),
                    Section.REPORTS, contractId);
        }
        answer.orRefuse();
        ReportView view = ReportView.of(answer.json().path("document"), contractId);
        Object figures = answer.object().get("figures");
        List<IssuedReportView> copies = issuedReports.of(contractId).stream()
                .filter(copy -> copy.kind().equals(kind.title()) && copy.period().equals(period)).toList();
        return pages.show(status, page.data("view", view)
                .data("figures", figures instanceof Map<?, ?> map ? map : Map.of())
                .data("copies", copies)
                .data("pdfHref", kind.downloadHref(contractId, period, "pdf"))
                .data("docxHref", kind.downloadHref(contractId, period, "docx"))
                .data("errors", issueErrors), Section.REPORTS, contractId);
    }

    /** The issue form's refusal beside its fields: the confirmation of figures not validated, and the reason. */
    static FormErrors issueErrors(ApiAnswer answer) {
        Problem problem = answer.problem().orElseThrow();
        List<Problem.Violation> violations = problem.violations().stream()
                .map(violation -> violation.field().endsWith(CONFIRM_FIELD) ? new Problem.Violation(violation.field(), CONFIRM_MESSAGE) : violation)
                .toList();
        return FormErrors.of(new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), violations),
                Map.of(CONFIRM_FIELD, CONFIRM_FIELD, "reason", "reason"), "issue-report-button");
    }

    /** The new issued report's id: from the {@code Location} report-service answered with, or its body. */
    private static String issuedId(ApiAnswer answer) {
        Object id = answer.object().get("id");
        if (id != null) {
            return id.toString();
        }
        String location = answer.header("Location").orElseThrow(() -> new IllegalStateException("An issued report without its address"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * The contract's years, newest first, from its commencement up to today or its expiry: each as contract-service
     * reckons it, with the quarters ending in it.
     */
    private List<ReportPeriods.Year> years(String contractId, Map<String, Object> contract) {
        Optional<LocalDate> commencement = date(contract.get("commencementDate"));
        Optional<LocalDate> expiry = date(contract.get("expiryDate"));
        ApiAnswer now = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/years", contractId));
        Optional<LocalDate> today = date(now.object().get("date"));
        List<ReportPeriods.Year> years = new ArrayList<>();
        if (commencement.isEmpty() || today.isEmpty()) {
            return years;
        }
        LocalDate date = commencement.get();
        for (int count = 0; count < MOST_YEARS && !date.isAfter(today.get()); count++) {
            ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/years", contractId)
                    + Backend.query("date", date.toString()));
            if (!(answer.object().get("contractYear") instanceof Map<?, ?> year)) {
                break;
            }
            Optional<LocalDate> start = date(year.get("start"));
            Optional<LocalDate> end = date(year.get("end"));
            String label = String.valueOf(year.get("label"));
            if (start.isEmpty() || end.isEmpty() || !end.get().isAfter(date.minusDays(1))) {
                break;
            }
            List<ReportPeriods.Quarter> quarters = ReportPeriods.quarters(start.get(), end.get(), today.get()).stream()
                    .map(quarter -> new ReportPeriods.Quarter(quarter, ReportKind.QUARTERLY.href(contractId, quarter),
                            "quarterly-" + ReportPeriods.id(quarter)))
                    .toList();
            years.add(0, new ReportPeriods.Year(label, start.get().toString(), end.get().toString(),
                    "annual-" + ReportPeriods.id(label), ReportKind.ANNUAL.href(contractId, label), quarters));
            date = end.get().plusDays(1);
            if (expiry.isPresent() && date.isAfter(expiry.get())) {
                break;
            }
        }
        return years;
    }


    private static ReportKind kind(String slug) {
        return ReportKind.ofSlug(slug).orElseThrow(NotFoundException::new);
    }

    private static Optional<LocalDate> date(Object iso) {
        try {
            return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso.toString()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    /** What the person typed into the issue form, shown again when report-service refuses it. */
    @TemplateData
    public record IssueForm(boolean confirmUnvalidated, String reason) {
        static IssueForm empty() {
            return new IssueForm(false, "");
        }
    }
}
