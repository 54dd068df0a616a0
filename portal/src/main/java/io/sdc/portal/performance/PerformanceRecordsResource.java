package io.sdc.portal.performance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contract-year summary, the basket versions side by side, the inspections and the milestones of a contract, as
 * performance-service answers them.
 */
@Path("/contracts/{contractId}/performance")
public class PerformanceRecordsResource extends PortalPage {

    @Inject
    PerformanceApi api;

    @Location("performance/summary.html")
    Template summary;
    @Location("performance/baskets.html")
    Template baskets;
    @Location("performance/inspections.html")
    Template inspections;
    @Location("performance/milestones.html")
    Template milestones;

    @GET
    @Path("/summary")
    public Response summary(@PathParam("contractId") String contractId, @QueryParam("contractYear") String contractYear) {
        person.require();
        TemplateInstance page = api.common(summary.instance(), contractId, "summary");
        PerformanceApi.Choice years = PerformanceApi.Choice.of(contractYears(contractId, api.periods(api.observations(contractId, null))),
                contractYear);
        String chosen = years.chosen();
        page.data("years", years.options()).data("contractYear", chosen).data("year", null).data("rows", List.of()).data("errors", FormErrors.none());
        if (chosen == null) {
            return pages.show(page, Section.PERFORMANCE, contractId);
        }
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/performance-summary", contractId) + Backend.query("contractYear", chosen));
        FormErrors refused = PerformanceApi.refusedChoice(answer, "contractYear");
        if (refused.any()) {
            return pages.show(answer.status(), page.data("errors", refused), Section.PERFORMANCE, contractId);
        }
        Map<String, Object> year = answer.object();
        List<SummaryRow> rows = new ArrayList<>();
        for (Map<String, Object> line : ApiAnswer.maps(year.get("indicators"))) {
            String code = Figures.text(line.get("indicatorCode"));
            Map<String, Object> indicator = api.indicator(code);
            Object unit = indicator.get("unit");
            boolean suppressed = "SUPPRESSED".equals(line.get("rag"));
            String latest = line.get("latestValue") == null ? "No value in the year"
                    : suppressed ? Figures.suppressed(indicator.get("minimumDenominator")) : Figures.value(line.get("latestValue"), unit);
            rows.add(new SummaryRow(code, Figures.text(line.get("name")),
                    Backend.path("/contracts/{}/performance/indicators/{}", contractId, code),
                    line.get("latestPeriod") == null ? "None" : line.get("latestPeriod").toString(), latest,
                    line.get("baselineValue") == null ? "No baseline" : Figures.value(line.get("baselineValue"), unit),
                    Figures.direction(line.get("sinceBaseline")), Figures.rag(line.get("rag"))));
        }
        List<Count> counts = new ArrayList<>();
        if (year.get("sinceBaseline") instanceof Map<?, ?> directions) {
            for (String direction : List.of("IMPROVING", "STABLE", "DECLINING", "NOT_COMPARABLE")) {
                counts.add(new Count(Figures.direction(direction), Figures.text(Optional.ofNullable(directions.get(direction)).orElse(0))));
            }
        }
        return pages.show(page.data("year", year).data("rows", rows).data("counts", counts), Section.PERFORMANCE, contractId);
    }

    /** The contract years of the periods that have observations, as contract-service names them; earliest first. */
    private List<String> contractYears(String contractId, List<String> periods) {
        Set<String> years = new LinkedHashSet<>();
        LocalDate knownStart = null;
        LocalDate knownEnd = null;
        for (String period : periods) {
            Optional<LocalDate> end = Periods.end(period);
            if (end.isEmpty() || knownStart != null && !end.get().isBefore(knownStart) && !end.get().isAfter(knownEnd)) {
                continue;
            }
            ApiAnswer answer = api.getContract(Backend.path("/api/v1/contracts/{}/years", contractId) + Backend.query("date", end.get()));
            if (!answer.succeeded() || !(answer.object().get("contractYear") instanceof Map<?, ?> year) || year.get("label") == null) {
                continue;
            }
            years.add(year.get("label").toString());
            try {
                knownStart = LocalDate.parse(String.valueOf(year.get("start")));
                knownEnd = LocalDate.parse(String.valueOf(year.get("end")));
            } catch (java.time.format.DateTimeParseException notADate) {
                knownStart = null;
                knownEnd = null;
            }
        }
        return new ArrayList<>(years);
    }

    @GET
    @Path("/baskets")
    public Response baskets(@PathParam("contractId") String contractId) {
        person.require();
        TemplateInstance page = api.common(baskets.instance(), contractId, "baskets");
        List<Map<String, Object>> versions = ApiAnswer.maps(
                api.get(Backend.path("/api/v1/contracts/{}/baskets", contractId)).orRefuse().list());
        List<Version> versionRows = new ArrayList<>();
        for (Map<String, Object> version : versions) {
            String number = Figures.text(version.get("number"));
            versionRows.add(new Version(Figures.text(version.get("id")), number, Figures.basketStatus(version.get("status")),
                    version.get("effectiveFrom") == null ? "Not set" : Formats.date(version.get("effectiveFrom")),
                    version.get("supersededFrom") == null ? "" : Formats.date(version.get("supersededFrom")),
                    Figures.text(version.get("changeRequestId"))));
        }
        // Every indicator of any version, in the order the versions list them.
        Map<String, List<Map<String, Object>>> byIndicator = new LinkedHashMap<>();
        List<Map<String, Map<String, Object>>> entriesByVersion = new ArrayList<>();
        for (Map<String, Object> version : versions) {
            Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
            for (Map<String, Object> entry : ApiAnswer.maps(version.get("entries"))) {
                entries.put(Figures.text(entry.get("indicatorCode")), entry);
                byIndicator.putIfAbsent(Figures.text(entry.get("indicatorCode")), new ArrayList<>());
            }
            entriesByVersion.add(entries);
        }
        List<ComparisonRow> comparison = new ArrayList<>();
        for (String code : byIndicator.keySet()) {
            Map<String, Object> indicator = api.indicator(code);
            Object unit = indicator.get("unit");
            List<Terms> cells = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Map<String, Object> entry = entriesByVersion.get(i).get(code);
                Map<String, Object> before = i == 0 ? null : entriesByVersion.get(i - 1).get(code);
                String number = Figures.text(versions.get(i).get("number"));
                cells.add(terms(entry, before, i > 0, unit));
                if (i > 0) {
                    changes.addAll(changes(number, Figures.text(versions.get(i - 1).get("number")), entry, before, unit));
                }
            }
            comparison.add(new ComparisonRow(code, Figures.text(indicator.getOrDefault("name", code)),
                    Backend.path("/contracts/{}/performance/indicators/{}", contractId, code), cells, changes));
        }
        return pages.show(page.data("versions", versionRows).data("comparison", comparison), Section.PERFORMANCE, contractId);
    }

    /** One version's terms for an indicator, each marked when it differs from the version before. */
    private static Terms terms(Map<String, Object> entry, Map<String, Object> before, boolean hasBefore, Object unit) {
        if (entry == null) {
            return new Terms(false, hasBefore && before != null, null, null, null, List.of());
        }
        boolean added = hasBefore && before == null;
        String baseline = entry.get("baselineValue") == null ? "None"
                : Figures.value(entry.get("baselineValue"), unit)
                + (entry.get("baselineDate") == null ? "" : " on " + Formats.date(entry.get("baselineDate")));
        String target = Figures.value(entry.get("target"), unit);
        String tolerance = Figures.statedTolerance(entry, unit);
        List<String> comparators = new ArrayList<>();
        for (Map<String, Object> comparator : ApiAnswer.maps(entry.get("comparators"))) {
            comparators.add(ScorecardResource.comparator(comparator, unit));
        }
        boolean compare = hasBefore && before != null;
        return new Terms(true, false,
                new Term(baseline, compare && !baselineOf(before, unit).equals(baselineOf(entry, unit)) ? baselineOf(before, unit) : ""),
                new Term(target, compare && !same(before.get("target"), entry.get("target")) ? Figures.value(before.get("target"), unit) : ""),
                new Term(tolerance, compare && !Figures.statedTolerance(before, unit).equals(tolerance) ? lower(Figures.statedTolerance(before, unit)) : ""),
                comparators).withAdded(added);
    }

    private static String baselineOf(Map<String, Object> entry, Object unit) {
        return entry.get("baselineValue") == null ? "none" : Figures.value(entry.get("baselineValue"), unit)
                + (entry.get("baselineDate") == null ? "" : " on " + Formats.date(entry.get("baselineDate")));
    }

    private static List<String> changes(String number, String previous, Map<String, Object> entry, Map<String, Object> before, Object unit) {
        List<String> changes = new ArrayList<>();
        String in = "Version " + number + ": ";
        if (entry == null && before == null) {
            return changes;
        }
        if (before == null) {
            changes.add(in + "added (not in version " + previous + ")");
            return changes;
        }
        if (entry == null) {
            changes.add(in + "removed (was in version " + previous + ")");
            return changes;
        }
        List<String> parts = new ArrayList<>();
        if (!baselineOf(before, unit).equals(baselineOf(entry, unit))) {
            parts.add("baseline " + baselineOf(before, unit) + " to " + baselineOf(entry, unit));
        }
        if (!same(before.get("target"), entry.get("target"))) {
            parts.add("target " + Figures.value(before.get("target"), unit) + " to " + Figures.value(entry.get("target"), unit));
        }
        if (!Figures.statedTolerance(before, unit).equals(Figures.statedTolerance(entry, unit))) {
            parts.add("tolerance " + lower(Figures.statedTolerance(before, unit)) + " to "
                    + lower(Figures.statedTolerance(entry, unit)));
        }
        List<String> comparatorsBefore = ApiAnswer.maps(before.get("comparators")).stream().map(c -> ScorecardResource.comparator(c, unit)).toList();
        List<String> comparatorsNow = ApiAnswer.maps(entry.get("comparators")).stream().map(c -> ScorecardResource.comparator(c, unit)).toList();
        if (!comparatorsBefore.equals(comparatorsNow)) {
            parts.add("comparators changed");
        }
        changes.add(in + (parts.isEmpty() ? "no change from version " + previous : String.join("; ", parts)));
        return changes;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    @GET
    @Path("/inspections")
    public Response inspections(@PathParam("contractId") String contractId, @QueryParam("corrected") String corrected) {
        person.require();
        TemplateInstance page = api.common(inspections.instance(), contractId, "inspections");
        List<InspectionRow> rows = new ArrayList<>();
        for (Map<String, Object> inspection : inspectionsOf(contractId)) {
            rows.add(inspectionRow(inspection));
        }
        return pages.show(page.data("inspections", rows).data("corrected", corrected != null)
                .data("mayCorrect", person.is(io.sdc.portal.session.Role.COMMISSIONER, io.sdc.portal.session.Role.TRUST_PERFORMANCE)),
                Section.PERFORMANCE, contractId);
    }

    private List<Map<String, Object>> inspectionsOf(String contractId) {
        return ApiAnswer.maps(api.get(Backend.path("/api/v1/contracts/{}/inspections", contractId)).orRefuse().list());
    }

    private static InspectionRow inspectionRow(Map<String, Object> inspection) {
        List<String> areas = new ArrayList<>();
        for (Map<String, Object> area : ApiAnswer.maps(inspection.get("areaJudgements"))) {
            areas.add(Figures.text(area.get("area")) + ": " + Figures.judgement(area.get("judgement")));
        }
        return new InspectionRow(Figures.text(inspection.get("id")), Formats.date(inspection.get("date")),
                Figures.text(inspection.get("inspectorate")), Figures.text(inspection.get("type")),
                Figures.judgement(inspection.get("overallJudgement")), areas, Figures.text(inspection.get("recommendations")));
    }

    @GET
    @Path("/milestones")
    public Response milestones(@PathParam("contractId") String contractId, @QueryParam("asOf") String asOf,
                               @QueryParam("asOf-day") String day, @QueryParam("asOf-month") String month,
                               @QueryParam("asOf-year") String year, @QueryParam("corrected") String corrected) {
        person.require();
        TemplateInstance page = api.common(milestones.instance(), contractId, "milestones");
        DateInput typed = DateInput.typed(day, month, year);
        DateInput input = typed.isEmpty() ? DateInput.ofIso(asOf) : typed;
        String date = typed.isEmpty() ? (asOf == null || asOf.isBlank() ? null : asOf.strip()) : typed.iso();
        page.data("date", input);
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/milestones", contractId) + Backend.query("asOf", date));
        if (!answer.succeeded()) {
            if (answer.status() == 400) {
                return pages.show(400, page.data("rows", List.of()).data("asOf", null).data("corrected", false).data("mayCorrect", false)
                        .data("errors", FormErrors.of("asOf-day", answer.problem().orElseThrow().message())), Section.PERFORMANCE, contractId);
            }
            answer.orRefuse();
        }
        Map<String, Map<String, Object>> inspectionsById = new LinkedHashMap<>();
        List<MilestoneRow> rows = new ArrayList<>();
        Object shownAsOf = null;
        List<Map<String, Object>> list = ApiAnswer.maps(answer.list());
        if (list.stream().anyMatch(milestone -> milestone.get("metByInspectionId") != null)) {
            for (Map<String, Object> inspection : inspectionsOf(contractId)) {
                inspectionsById.put(Figures.text(inspection.get("id")), inspection);
            }
        }
        for (Map<String, Object> milestone : list) {
            shownAsOf = milestone.get("asOf");
            Map<String, Object> metBy = inspectionsById.get(Figures.text(milestone.get("metByInspectionId")));
            rows.add(new MilestoneRow(Figures.text(milestone.get("title")), Figures.judgement(milestone.get("targetJudgement")),
                    Formats.date(milestone.get("dueDate")),
                    milestone.get("area") == null ? "Overall judgement" : Figures.text(milestone.get("area")),
                    milestone.get("inspectionType") == null ? "Any inspection" : Figures.text(milestone.get("inspectionType")),
                    Figures.milestoneStatus(milestone.get("status")),
                    metBy == null ? "" : Figures.text(metBy.get("inspectorate")) + ", " + Formats.date(metBy.get("date")) + ": "
                            + Figures.judgement(metBy.get("overallJudgement")), Figures.text(milestone.get("id"))));
        }
        return pages.show(page.data("rows", rows).data("asOf", shownAsOf == null ? date : shownAsOf).data("errors", FormErrors.none())
                        .data("corrected", corrected != null).data("mayCorrect", person.is(io.sdc.portal.session.Role.COMMISSIONER))
                        .data("milestoneHeads", "Milestone|Target judgement|Due by|Judged by|Status"
                                + (person.is(io.sdc.portal.session.Role.COMMISSIONER) ? "|Correction" : "")),
                Section.PERFORMANCE, contractId);
    }

    @TemplateData
    public record SummaryRow(String code, String name, String trendHref, String latestPeriod, String latestValue,
                             String baseline, String sinceBaseline, Figures.Tag rag) {
    }

    @TemplateData
    public record Count(String label, String count) {
    }

    @TemplateData
    public record Version(String id, String number, Figures.Tag status, String effectiveFrom, String supersededFrom,
                          String changeRequestId) {
    }

    @TemplateData
    public record Term(String text, String change) {
    }

    @TemplateData
    public record Terms(boolean present, boolean removed, Term baseline, Term target, Term tolerance, List<String> comparators,
                        boolean added) {
        Terms(boolean present, boolean removed, Term baseline, Term target, Term tolerance, List<String> comparators) {
            this(present, removed, baseline, target, tolerance, comparators, false);
        }

        Terms withAdded(boolean added) {
            return new Terms(present, removed, baseline, target, tolerance, comparators, added);
        }
    }

    @TemplateData
    public record ComparisonRow(String code, String name, String trendHref, List<Terms> versions, List<String> changes) {
    }

    @TemplateData
    public record InspectionRow(String id, String date, String inspectorate, String type, String overallJudgement,
                                List<String> areas, String recommendations) {
    }

    @TemplateData
    public record MilestoneRow(String title, String targetJudgement, String dueDate, String area, String judgedBy,
                               Figures.Tag status, String metBy, String id) {
    }
}
