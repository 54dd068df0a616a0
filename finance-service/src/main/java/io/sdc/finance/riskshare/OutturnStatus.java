package io.sdc.finance.riskshare;

import java.util.EnumSet;
import java.util.Set;

/** Where an outturn stands, and where it may go from there: DRAFT (worked out again as often as asked) → FINAL. */
public enum OutturnStatus {
    DRAFT,
    FINAL;

    public Set<OutturnStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(FINAL);
            case FINAL -> EnumSet.noneOf(OutturnStatus.class);
        };
    }
}
