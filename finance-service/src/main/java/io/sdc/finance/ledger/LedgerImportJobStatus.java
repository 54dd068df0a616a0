package io.sdc.finance.ledger;

import java.util.Set;

/** Where a ledger import job is: waiting for the worker, being imported, or finished one way or the other. */
public enum LedgerImportJobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    /** The statuses it may move to. */
    public Set<LedgerImportJobStatus> next() {
        return switch (this) {
            case QUEUED -> Set.of(RUNNING, FAILED);
            case RUNNING -> Set.of(SUCCEEDED, FAILED);
            case SUCCEEDED, FAILED -> Set.of();
        };
    }

    public boolean finished() {
        return next().isEmpty();
    }
}
