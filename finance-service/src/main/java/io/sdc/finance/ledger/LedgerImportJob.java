package io.sdc.finance.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * A large ledger export being imported by a worker: how far it got (rows read so far) and how it ended, the return
 * it made or the problem that refused it (as the problem document a synchronous import would have answered).
 */
public record LedgerImportJob(UUID id, UUID budgetId, UUID contractId, String period, LedgerImportJobStatus status, long bytes,
                              String fileSha256, long rowsRead, String submittedBy, Instant createdAt, Instant startedAt,
                              Instant finishedAt, Instant heartbeatAt, UUID returnId, Boolean alreadyApplied, String problemJson) {
}
