package io.sdc.contract.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a Service Delivery Contract stands, and where it may go from there: DRAFT → ACTIVE; ACTIVE → SUSPENDED,
 * TERMINATED or EXPIRED; SUSPENDED → ACTIVE or TERMINATED. TERMINATED and EXPIRED are final.
 */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    TERMINATED,
    EXPIRED;

    public Set<ContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, EXPIRED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case TERMINATED, EXPIRED -> EnumSet.noneOf(ContractStatus.class);
        };
    }
}
