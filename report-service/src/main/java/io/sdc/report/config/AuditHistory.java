package io.sdc.report.config;

import io.sdc.platform.audit.AuditedResource;
import io.sdc.report.issue.IssuedReport;
import io.sdc.report.issue.mapping.IssuedReportMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * report-service's resources in the audit history: the issued reports (who issued which report, when, why, and the
 * hashes of what was issued). Drafts are not kept, so they have no history.
 */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<IssuedReport> issuedReports() {
        return AuditedResource.of(IssuedReport.class, "issued-report",
                IssuedReport::id, IssuedReport::contractId, IssuedReportMapper::toView);
    }
}
