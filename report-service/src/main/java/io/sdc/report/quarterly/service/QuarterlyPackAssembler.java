package io.sdc.report.quarterly.service;

import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.assembly.ReportAssembler;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.quarterly.Quarter;
import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.upstream.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Drafts the quarterly performance pack of a contract for a calendar quarter ({@code 2015-Q3}) from the services'
 * public APIs, as the person asking: its figures and the document every form renders.
 */
@ApplicationScoped
public class QuarterlyPackAssembler implements ReportAssembler {

    @Inject
    Upstream upstream;

    @Inject
    QuarterlyPackLayout layout;

    @Inject
    Clock clock;

    @Override
    public ReportKind kind() {
        return ReportKind.QUARTERLY_PACK;
    }

    @Override
    public AssembledReport assemble(UUID contractId, String period) {
        Quarter quarter = Quarter.parse("period", period);
        QuarterlyPack pack = QuarterlyFigures.gather(upstream, contractId, quarter, LocalDate.now(clock.withZone(QuarterlyFigures.UK)));
        return new AssembledReport(ReportKind.QUARTERLY_PACK, contractId, pack.contract().reference(), pack.period(), pack,
                layout.document(pack), pack.validation().texts());
    }
}
