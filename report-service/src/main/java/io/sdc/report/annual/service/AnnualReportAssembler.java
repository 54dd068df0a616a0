package io.sdc.report.annual.service;

import io.sdc.report.assembly.Sentences;
import io.sdc.report.annual.AnnualReport;
import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.assembly.ReportAssembler;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.upstream.Upstream;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Drafts the annual report on a contract year ({@code 2014/15}) from the services' public APIs as the person asking:
 * its figures, and the document every form of it renders.
 */
@Singleton
public class AnnualReportAssembler implements ReportAssembler {

    private final AnnualFigures figures;
    private final AnnualReportLayout layout;
    private final Clock clock;

    @Inject
    public AnnualReportAssembler(Upstream upstream, Sentences sentences, Clock clock) {
        this.figures = new AnnualFigures(upstream, sentences);
        this.layout = new AnnualReportLayout(sentences);
        this.clock = clock;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ANNUAL_REPORT;
    }

    /** Refuses (400 naming {@code contractYear}) a period that is not a year of the contract such as 2014/15. */
    @Override
    public AssembledReport assemble(UUID contractId, String contractYear) {
        AnnualReport report = figures.read(contractId, contractYear, LocalDate.now(clock));
        return new AssembledReport(ReportKind.ANNUAL_REPORT, contractId, report.contract().reference(),
                report.contract().contractYear(), report, layout.document(report),
                report.validation().texts());
    }
}
