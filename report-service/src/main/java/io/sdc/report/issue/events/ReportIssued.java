package io.sdc.report.issue.events;

import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.issue.IssuedReport;

import java.time.Instant;
import java.util.UUID;

/**
 * The commissioner issued a report: which (contract, kind, period, number), who and when, the SHA-256 of the PDF and
 * of the figures as stored, whether it was issued on figures not all validated, and the issuer's reason (given for a
 * re-issue and for figures not validated; none otherwise).
 */
@EventData(types = ReportIssued.TYPE)
public record ReportIssued(UUID id, UUID contractId, ReportKind kind, String period, int number, String issuedBy,
                           Instant issuedAt, String pdfSha256, String figuresSha256, boolean provisional,
                           String reason) implements DomainEvent {

    public static final String TYPE = "report.issued";

    public static ReportIssued of(IssuedReport report) {
        return new ReportIssued(report.id(), report.contractId(), report.kind(), report.period(), report.number(),
                report.issuedBy(), report.issuedAt(), report.pdfSha256(), report.figuresSha256(), report.provisional(),
                report.reason());
    }
}
