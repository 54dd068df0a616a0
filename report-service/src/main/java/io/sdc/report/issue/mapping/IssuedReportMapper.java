package io.sdc.report.issue.mapping;

import io.sdc.report.issue.IssuedReport;
import io.sdc.report.issue.rest.IssuedReportView;

public final class IssuedReportMapper {

    private IssuedReportMapper() {
    }

    public static IssuedReportView toView(IssuedReport report) {
        String self = "/api/v1/issued-reports/" + report.id();
        return new IssuedReportView(report.id(), report.contractId(), report.contractReference(), report.kind(), report.period(),
                report.number(), report.issuedBy(), report.issuerRole(), report.issuedAt(), report.reason(), report.provisional(),
                report.unvalidated(), report.pdfSha256(), report.figuresSha256(),
                new IssuedReportView.Links(self, self + "/pdf", self + "/figures"));
    }
}
