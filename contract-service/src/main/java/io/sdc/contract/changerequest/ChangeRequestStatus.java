package io.sdc.contract.changerequest;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a notifiable change request stands, and where it may go from there: DRAFT → SUBMITTED → AGREED_IN_PRINCIPLE
 * (both parties) → APPROVED (the council's decision) → IMPLEMENTED on its effective date; or REJECTED, or WITHDRAWN.
 */
public enum ChangeRequestStatus {
    DRAFT,
    SUBMITTED,
    AGREED_IN_PRINCIPLE,
    APPROVED,
    IMPLEMENTED,
    REJECTED,
    WITHDRAWN;

    public Set<ChangeRequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(AGREED_IN_PRINCIPLE, REJECTED, WITHDRAWN);
            case AGREED_IN_PRINCIPLE -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(IMPLEMENTED);
            case IMPLEMENTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ChangeRequestStatus.class);
        };
    }
}
