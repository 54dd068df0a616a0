package io.sdc.report.assembly;

import java.util.UUID;

/** Drafts one kind of report for a contract and period from the services' public APIs, as the person asking. */
public interface ReportAssembler {

    ReportKind kind();

    /** Refuses (400) a period that is not of this report's form, and answers the services' refusals as problems. */
    AssembledReport assemble(UUID contractId, String period);
}
