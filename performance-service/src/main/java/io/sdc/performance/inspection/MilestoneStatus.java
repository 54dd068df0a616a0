package io.sdc.performance.inspection;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a milestone stands, and where it may go from there: ON_TRACK → MET or MISSED; MISSED → MET when an inspection
 * on or before its date that reached the target is recorded late; MET is final.
 */
public enum MilestoneStatus {
    /** Not yet met, and its date has not passed. */
    ON_TRACK,
    /** An inspection on or before its date reached the target judgement. */
    MET,
    /** Its date passed without an inspection reaching the target judgement. */
    MISSED;

    public Set<MilestoneStatus> next() {
        return switch (this) {
            case ON_TRACK -> EnumSet.of(MET, MISSED);
            case MISSED -> EnumSet.of(MET);
            case MET -> EnumSet.noneOf(MilestoneStatus.class);
        };
    }
}
