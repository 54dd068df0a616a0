package io.sdc.finance.ledger.mapping;

import io.sdc.finance.ledger.LedgerImportJob;
import io.sdc.finance.ledger.LedgerMapping;
import io.sdc.finance.ledger.MappingRow;
import io.sdc.finance.ledger.rest.LedgerImportJobView;
import io.sdc.finance.ledger.rest.LedgerMappingView;
import io.sdc.platform.problem.Problem;

import java.util.List;

public final class LedgerMapper {

    private LedgerMapper() {
    }

    /** A mapping version with its rows, or without them (null) as the list of versions shows it. */
    public static LedgerMappingView toView(LedgerMapping mapping, List<MappingRow> rows) {
        return new LedgerMappingView(mapping.id(), mapping.contractId(), mapping.version(), mapping.rowCount(), mapping.createdBy(),
                mapping.createdAt(), mapping.reason(),
                rows == null ? null : rows.stream().map(row -> new LedgerMappingView.Row(row.costCentre(), row.account(), row.budgetLine())).toList());
    }

    public static LedgerImportJobView toView(LedgerImportJob job, Problem problem) {
        return new LedgerImportJobView(job.id(), job.budgetId(), job.period(), job.status(), job.bytes(), job.rowsRead(), job.fileSha256(),
                job.submittedBy(), job.createdAt(), job.startedAt(), job.finishedAt(), job.heartbeatAt(), job.returnId(),
                job.returnId() == null ? null : "/api/v1/monitoring-returns/" + job.returnId(), job.alreadyApplied(), problem);
    }
}
