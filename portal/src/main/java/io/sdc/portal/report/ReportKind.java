package io.sdc.portal.report;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.Backend;

import java.util.Optional;

/**
 * The two reports report-service makes, as the portal addresses them: the annual report of a contract year and the
 * quarterly pack of a calendar quarter.
 */
@TemplateData
public enum ReportKind {

    ANNUAL("annual", "ANNUAL_REPORT", "annual-report", "contractYear", "Annual report", "Contract year",
            "The contract year, for example 2014/15"),
    QUARTERLY("quarterly", "QUARTERLY_PACK", "quarterly-pack", "period", "Quarterly pack", "Quarter",
            "A calendar quarter, for example 2015-Q3 for July to September 2015");

    private final String slug;
    private final String apiKind;
    private final String apiResource;
    private final String parameter;
    private final String title;
    private final String periodLabel;
    private final String periodHint;

    ReportKind(String slug, String apiKind, String apiResource, String parameter, String title, String periodLabel,
               String periodHint) {
        this.slug = slug;
        this.apiKind = apiKind;
        this.apiResource = apiResource;
        this.parameter = parameter;
        this.title = title;
        this.periodLabel = periodLabel;
        this.periodHint = periodHint;
    }

    /** The kind in the portal's addresses: {@code /contracts/{id}/reports/annual}. */
    public String slug() {
        return slug;
    }

    /** The kind as report-service names it in an issued report: {@code ANNUAL_REPORT}. */
    public String apiKind() {
        return apiKind;
    }

    /** The query parameter naming the report's period: {@code contractYear} or {@code period}. */
    public String parameter() {
        return parameter;
    }

    public String title() {
        return title;
    }

    public String periodLabel() {
        return periodLabel;
    }

    /** The kind within a sentence: "annual report". */
    public String inText() {
        return title.toLowerCase(java.util.Locale.UK);
    }

    /** The period's name within a sentence: "contract year". */
    public String periodInText() {
        return periodLabel.toLowerCase(java.util.Locale.UK);
    }

    public String periodHint() {
        return periodHint;
    }

    /** The report's address on report-service: {@code /api/v1/contracts/{id}/annual-report?contractYear=2014/15}. */
    String apiPath(String contractId, String period) {
        return apiPath(contractId, period, null);
    }

    /** The report's address on report-service in a format: {@code pdf} or {@code docx} (JSON when null). */
    String apiPath(String contractId, String period, String format) {
        return Backend.path("/api/v1/contracts/{}/" + apiResource, contractId) + Backend.query(parameter, period, "format", format);
    }

    /** The report's page in the portal. */
    public String href(String contractId, String period) {
        return Backend.path("/contracts/{}/reports/" + slug, contractId) + Backend.query(parameter, period);
    }

    /** The page's download of the report as a PDF ({@code pdf}) or a Word document ({@code docx}). */
    public String downloadHref(String contractId, String period, String format) {
        return Backend.path("/contracts/{}/reports/" + slug + "/" + format, contractId) + Backend.query(parameter, period);
    }

    static Optional<ReportKind> ofSlug(String slug) {
        for (ReportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of an issued report as report-service names it, in words. */
    static String words(Object apiKind) {
        return ofApiKind(apiKind).map(ReportKind::title).orElseGet(() -> io.sdc.portal.web.Formats.words(apiKind));
    }

    static Optional<ReportKind> ofApiKind(Object apiKind) {
        for (ReportKind kind : values()) {
            if (kind.apiKind.equals(String.valueOf(apiKind))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
