package io.sdc.portal.performance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trust's observation entry: a form with a row per indicator of the basket in force for a period, and a CSV
 * upload, both sent to the observations API (all of a submission or none). Only the trust's performance staff submit
 * observations; the API's refusals are shown beside the rows and fields they name.
 */
@Path("/contracts/{contractId}/performance/observations")
public class ObservationEntryResource extends PortalPage {

    private static final Pattern INDEXED = Pattern.compile("^(?:[A-Za-z]+)?\\[(\\d+)](?:\\.(\\w+))?$");
    private static final String ROWS_ANCHOR = "observation-rows";

    @Inject
    PerformanceApi api;

    @Location("performance/observations-new.html")
    Template entry;
    @Location("performance/observations-upload.html")
    Template upload;

    @GET
    @Path("/new")
    public Response entryForm(@PathParam("contractId") String contractId, @QueryParam("period") String period,
                              @QueryParam("chosen") String chosenStep) {
        person.require();
        requireTrustPerformance();
        TemplateInstance page = api.common(entry.instance(), contractId, "new");
        if (period == null && chosenStep != null) {
            period = "";
        }
        if (period == null) {
            return pages.show(periodStep(page, contractId, "", FormErrors.none()), Section.PERFORMANCE, contractId);
        }
        String chosen = period.strip();
        if (chosen.isEmpty()) {
            return pages.show(400, periodStep(page, contractId, chosen,
                    FormErrors.of("period", "Enter the period, such as 2015-Q4 or 2015-12")), Section.PERFORMANCE, contractId);
        }
        ApiAnswer card = api.scorecard(contractId, chosen);
        if (!card.succeeded()) {
            return periodRefused(page, contractId, chosen, card);
        }
        List<EntryRow> rows = rows(card, Map.of());
        return pages.show(page.data("step", "figures").data("period", chosen).data("rows", rows).data("reason", "")
                .data("basketVersionNumber", card.object().get("basketVersionNumber")).data("errors", FormErrors.none()),
                Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("contractId") String contractId, MultivaluedMap<String, String> form) {
        forms.check(form.getFirst(Forms.FIELD));
        person.require();
        requireTrustPerformance();
        TemplateInstance page = api.common(entry.instance(), contractId, "new");
        String period = form.getFirst("period") == null ? "" : form.getFirst("period").strip();
        ApiAnswer card = api.scorecard(contractId, period);
        if (period.isEmpty() || !card.succeeded()) {
            if (period.isEmpty()) {
                return pages.show(400, periodStep(page, contractId, period,
                        FormErrors.of("period", "Enter the period, such as 2015-Q4 or 2015-12")), Section.PERFORMANCE, contractId);
            }
            return periodRefused(page, contractId, period, card);
        }
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason").strip();
        List<EntryRow> rows = rows(card, form);
        page.data("step", "figures").data("period", period).data("rows", rows).data("reason", reason)
                .data("basketVersionNumber", card.object().get("basketVersionNumber"));

        List<Map<String, Object>> requests = new ArrayList<>();
        List<EntryRow> sent = new ArrayList<>();
        List<Problem.Violation> unreadable = new ArrayList<>();
        for (EntryRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("indicatorCode", row.code());
            request.put("period", period);
            if (row.byCounts()) {
                request.put("numerator", whole(row.numerator(), row.numeratorId(), "numerator", row, unreadable));
                request.put("denominator", whole(row.denominator(), row.denominatorId(), "denominator", row, unreadable));
            } else {
                request.put("value", decimal(row.value(), row.valueId(), row, unreadable));
            }
            request.put("commentary", row.commentary().isBlank() ? null : row.commentary().strip());
            request.put("reason", reason.isEmpty() ? null : reason);
            requests.add(request);
            sent.add(row);
        }
        if (!unreadable.isEmpty()) {
            return pages.show(400, page.data("errors", identity(unreadable)), Section.PERFORMANCE, contractId);
        }
        if (requests.isEmpty()) {
            String first = rows.isEmpty() ? "period" : rows.get(0).firstInputId();
            return pages.show(400, page.data("errors", FormErrors.of(first, "Enter the figures for at least one indicator")),
                    Section.PERFORMANCE, contractId);
        }
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "POST", Backend.path("/api/v1/contracts/{}/observations", contractId))
                .json(requests).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance", contractId)
                    + Backend.query("period", period, "recorded", answer.list().size()));
        }
        answer.aboutForm();
        return pages.show(answer.status() == 400 ? 400 : answer.status(), page.data("errors", formErrors(answer.problem().orElseThrow(), sent)),
                Section.PERFORMANCE, contractId);
    }

    /** The API's refusal of the form's rows, each violation beside the input of the row and field it names. */
    private static FormErrors formErrors(Problem problem, List<EntryRow> sent) {
        if (problem.violations().isEmpty()) {
            return FormErrors.of(sent.get(0).firstInputId(), problem.message());
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (Problem.Violation violation : problem.violations()) {
            String field = violation.field() == null ? "" : violation.field();
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.matches() && Integer.parseInt(indexed.group(1)) < sent.size()) {
                EntryRow row = sent.get(Integer.parseInt(indexed.group(1)));
                String name = indexed.group(2) == null ? "" : indexed.group(2);
                violations.add(new Problem.Violation(row.inputFor(name), "reason".equals(name)
                        ? Formats.capitalised(phrase(name, violation.message())) + " (" + row.name() + ")"
                        : row.name() + ": " + phrase(name, violation.message())));
                continue;
            }
            String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
            if ("reason".equals(name)) {
                violations.add(new Problem.Violation("reason", Formats.capitalised(phrase(name, violation.message()))));
                continue;
            }
            List<EntryRow> candidates = sent.stream().filter(row -> row.has(name)).toList();
            if (candidates.size() == 1) {
                EntryRow row = candidates.get(0);
                violations.add(new Problem.Violation(row.inputFor(name), row.name() + ": " + phrase(name, violation.message())));
            } else {
                violations.add(new Problem.Violation(ROWS_ANCHOR, Formats.capitalised(phrase(name, violation.message())) + " (in one of the rows)"));
            }
        }
        return identity(violations);
    }

    /** A service's words about a field as a phrase: "numerator must be greater than or equal to 0". */
    private static String phrase(String field, String message) {
        String text = message == null || message.isBlank() ? "is not valid" : message.strip();
        if (field.isEmpty() || text.toLowerCase(Locale.UK).contains(field.toLowerCase(Locale.UK))
                || !(text.startsWith("must") || text.startsWith("has ") || text.startsWith("is ") || text.startsWith("size"))) {
            return text;
        }
        return Formats.fieldWords(field).toLowerCase(Locale.UK) + " " + text;
    }


    /** Errors whose fields are the inputs themselves. */
    private static FormErrors identity(List<Problem.Violation> violations) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Problem.Violation violation : violations) {
            inputs.put(violation.field(), violation.field());
        }
        return FormErrors.of(new Problem(400, "about:blank", "", "", violations), inputs, null);
    }

    private static Long whole(String text, String input, String field, EntryRow row, List<Problem.Violation> unreadable) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip().replace(",", ""));
        } catch (NumberFormatException notWhole) {
            unreadable.add(new Problem.Violation(input, "Enter the " + field + " for " + row.name() + " as a whole number, like 46"));
            return null;
        }
    }

    private static BigDecimal decimal(String text, String input, EntryRow row, List<Problem.Violation> unreadable) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            unreadable.add(new Problem.Violation(input, "Enter the value for " + row.name() + " as a number, like 12 or 12.5"));
            return null;
        }
    }

    /** A row per indicator of the basket in force for the period, with what the person typed. */
    private static List<EntryRow> rows(ApiAnswer card, Map<String, List<String>> form) {
        List<EntryRow> rows = new ArrayList<>();
        for (Map<String, Object> line : ApiAnswer.maps(card.object().get("indicators"))) {
            String code = Figures.text(line.get("indicatorCode"));
            Object unit = line.get("unit");
            String current = "";
            if (line.get("value") != null) {
                current = "SUPPRESSED".equals(line.get("rag")) ? "Already recorded (too few cases to show)"
                        : "Already recorded: " + Figures.value(line.get("value"), unit)
                        + (line.get("numerator") != null && line.get("denominator") != null
                        ? " (" + line.get("numerator") + " of " + line.get("denominator") + ")" : "");
                if ("VALIDATED".equals(line.get("validation"))) {
                    current += ", validated by the council: a new figure is a correction and needs a reason";
                } else if (line.get("validation") != null) {
                    current += ", provisional: a new figure replaces it and needs a reason unless it was returned";
                }
            }
            rows.add(new EntryRow(code, Figures.text(line.get("name")), Figures.unit(unit), Figures.fromNumeratorAndDenominator(unit),
                    current, typed(form, code + "-numerator"), typed(form, code + "-denominator"), typed(form, code + "-value"),
                    typed(form, code + "-commentary")));
        }
        return rows;
    }

    private static String typed(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private TemplateInstance periodStep(TemplateInstance page, String contractId, String period, FormErrors errors) {
        List<String> periods = api.periods(api.observations(contractId, null));
        return page.data("step", "period").data("period", period).data("rows", List.of()).data("reason", "")
                .data("latestPeriod", periods.isEmpty() ? null : periods.get(periods.size() - 1)).data("errors", errors);
    }

    private Response periodRefused(TemplateInstance page, String contractId, String period, ApiAnswer card) {
        if (card.status() == 400 || card.status() == 404) {
            return pages.show(card.status(), periodStep(page, contractId, period,
                    FormErrors.of("period", card.problem().orElseThrow().message())), Section.PERFORMANCE, contractId);
        }
        card.orRefuse();
        throw new IllegalStateException("unreachable");
    }

    // --- CSV upload ---

    @GET
    @Path("/upload")
    public Response uploadForm(@PathParam("contractId") String contractId) {
        person.require();
        requireTrustPerformance();
        return pages.show(uploadPage(contractId, "", List.of(), FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("contractId") String contractId, @RestForm("csrf") String csrf,
                           @RestForm("file") FileUpload file, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        requireTrustPerformance();
        String chosenReason = reason == null ? "" : reason.strip();
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return pages.show(400, uploadPage(contractId, chosenReason, List.of(), FormErrors.of("file", "Select a CSV file of observations")),
                    Section.PERFORMANCE, contractId);
        }
        byte[] content = Forms.content(file);
        ObservationCsv.Result read = ObservationCsv.read(content, chosenReason);
        if (!read.faults().isEmpty()) {
            return pages.show(400, uploadPage(contractId, chosenReason, read.faults(), faultErrors(read.faults(), "nothing was sent")),
                    Section.PERFORMANCE, contractId);
        }
        List<Map<String, Object>> requests = read.rows().stream().map(ObservationCsv.Row::request).toList();
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "POST", Backend.path("/api/v1/contracts/{}/observations", contractId))
                .json(requests).send();
        if (answer.succeeded()) {
            String latest = Periods.inOrder(requests.stream().map(request -> String.valueOf(request.get("period"))).toList())
                    .stream().reduce((first, second) -> second).orElse(null);
            return pages.seeOther(Backend.path("/contracts/{}/performance", contractId)
                    + Backend.query("period", latest, "recorded", answer.list().size()));
        }
        answer.aboutForm();
        Problem problem = answer.problem().orElseThrow();
        List<ObservationCsv.Fault> faults = new ArrayList<>();
        for (Problem.Violation violation : problem.violations()) {
            String field = violation.field() == null ? "" : violation.field();
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.matches() && Integer.parseInt(indexed.group(1)) < read.rows().size()) {
                String name = indexed.group(2) == null ? "" : indexed.group(2);
                faults.add(new ObservationCsv.Fault(read.rows().get(Integer.parseInt(indexed.group(1))).number(), phrase(name, violation.message())));
            } else {
                String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
                faults.add(new ObservationCsv.Fault(0, Formats.capitalised(phrase("request".equals(name) ? "" : name, violation.message()))
                        + ("request".equals(name) || name.isEmpty() ? "" : " (in at least one row)")));
            }
        }
        if (faults.isEmpty()) {
            faults.add(new ObservationCsv.Fault(0, problem.message()));
        }
        return pages.show(answer.status() == 400 ? 400 : answer.status(),
                uploadPage(contractId, chosenReason, faults, faultErrors(faults, "nothing was recorded")), Section.PERFORMANCE, contractId);
    }

    /** The error summary of a file's faults: one line beside the file input, then each fault by row, linked to it. */
    private static FormErrors faultErrors(List<ObservationCsv.Fault> faults, String consequence) {
        List<Problem.Violation> violations = new ArrayList<>();
        violations.add(new Problem.Violation("file", (faults.size() == 1 ? "The file has a fault" : "The file has " + faults.size() + " faults")
                + ", listed below by row; " + consequence));
        for (ObservationCsv.Fault fault : faults) {
            violations.add(new Problem.Violation("file-fault", fault.row() <= 0 ? fault.message() : fault.where() + ": " + fault.message()));
        }
        return FormErrors.of(new Problem(400, "about:blank", "", "", violations), Map.of("file", "file"), "file");
    }

    private TemplateInstance uploadPage(String contractId, String reason, List<ObservationCsv.Fault> faults, FormErrors errors) {
        return api.common(upload.instance(), contractId, "upload").data("reason", reason).data("faults", faults)
                .data("columns", String.join(",", ObservationCsv.COLUMNS)).data("errors", errors);
    }

    private void requireTrustPerformance() {
        if (!api.submitsObservations()) {
            throw new ApiRefusal(new Problem(403, "about:blank", "Forbidden",
                    "Only the trust's performance staff submit observations.", List.of()));
        }
    }

    /** One indicator's row of the entry form, with what the person typed. */
    @TemplateData
    public record EntryRow(String code, String name, String unit, boolean byCounts, String current, String numerator,
                           String denominator, String value, String commentary) {

        public String numeratorId() {
            return code + "-numerator";
        }

        public String denominatorId() {
            return code + "-denominator";
        }

        public String valueId() {
            return code + "-value";
        }

        public String commentaryId() {
            return code + "-commentary";
        }

        public String firstInputId() {
            return byCounts ? numeratorId() : valueId();
        }

        boolean isBlank() {
            return numerator.isBlank() && denominator.isBlank() && value.isBlank() && commentary.isBlank();
        }

        boolean has(String field) {
            return switch (field) {
                case "numerator" -> byCounts && !numerator.isBlank();
                case "denominator" -> byCounts && !denominator.isBlank();
                case "value" -> !byCounts && !value.isBlank();
                case "commentary" -> !commentary.isBlank();
                default -> false;
            };
        }

        String inputFor(String field) {
            return switch (field) {
                case "numerator" -> byCounts ? numeratorId() : valueId();
                case "denominator" -> byCounts ? denominatorId() : valueId();
                case "value" -> byCounts ? numeratorId() : valueId();
                case "commentary" -> commentaryId();
                case "reason" -> "reason";
                default -> firstInputId();
            };
        }
    }
}
