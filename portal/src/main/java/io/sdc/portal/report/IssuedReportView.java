package io.sdc.portal.report;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.Backend;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.Formats;

import java.util.List;
import java.util.Map;

/** An issued report as report-service keeps it, in words, with the portal's pages and downloads of it. */
@TemplateData
public record IssuedReportView(String id, String contractId, String contractReference, String kind, String period,
                               String number, String issuedBy, String issuerRole, String issuedAt, String reason,
                               boolean provisional, List<String> unvalidated, String pdfSha256, String figuresSha256,
                               String reportHref) {

    @SuppressWarnings("unchecked")
    static IssuedReportView of(Map<String, Object> issued) {
        String contractId = text(issued.get("contractId"));
        String period = text(issued.get("period"));
        String role = Role.ofClaim(text(issued.get("issuerRole"))).map(Role::title).orElse(Formats.words(issued.get("issuerRole")));
        List<String> unvalidated = issued.get("unvalidated") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new IssuedReportView(text(issued.get("id")), contractId, text(issued.get("contractReference")),
                ReportKind.words(issued.get("kind")), period, Formats.number(issued.get("number")),
                text(issued.get("issuedBy")), role, Formats.dateTime(issued.get("issuedAt")), text(issued.get("reason")),
                Boolean.TRUE.equals(issued.get("provisional")), unvalidated, text(issued.get("pdfSha256")),
                text(issued.get("figuresSha256")),
                ReportKind.ofApiKind(issued.get("kind")).filter(kind -> !contractId.isEmpty())
                        .map(kind -> kind.href(contractId, period)).orElse(null));
    }

    public String href() {
        return Backend.path("/reports/issued/{}", id);
    }

    public String pdfHref() {
        return Backend.path("/reports/issued/{}/pdf", id);
    }

    public String figuresHref() {
        return Backend.path("/reports/issued/{}/figures", id);
    }

    /** "Annual report 2014/15, issue 2". */
    public String name() {
        return kind + " " + period + ("1".equals(number) || number.isEmpty() ? "" : ", issue " + number);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
