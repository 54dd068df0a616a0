package io.sdc.performance.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a recommendation stands, as the improvement board decides it, and where it may go from there: OPEN until the
 * board first decides; then monitored by the board, monitored by another accountable body (named; it may pass to
 * another), business as usual, or CLOSED (its actions complete: final). Monitoring may pass between the board and
 * another body, and business as usual may come back under the board's monitoring.
 */
public enum RecommendationStatus {
    /** Raised; the board has not decided yet. */
    OPEN,
    /** The improvement board keeps monitoring it. */
    MONITORED_BY_IMPROVEMENT_BOARD,
    /** Another accountable body (named) monitors it; it may still appear in the board's thematic reports. */
    MONITORED_BY_OTHER_BODY,
    /** Part of the services' ordinary management, no longer reported to the board. */
    BUSINESS_AS_USUAL,
    /** Its actions are complete: no further reporting. */
    CLOSED;

    public Set<RecommendationStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(MONITORED_BY_IMPROVEMENT_BOARD, MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED);
            case MONITORED_BY_IMPROVEMENT_BOARD -> EnumSet.of(MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED);
            case MONITORED_BY_OTHER_BODY -> EnumSet.of(MONITORED_BY_IMPROVEMENT_BOARD, MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED);
            case BUSINESS_AS_USUAL -> EnumSet.of(MONITORED_BY_IMPROVEMENT_BOARD, CLOSED);
            case CLOSED -> EnumSet.noneOf(RecommendationStatus.class);
        };
    }
}
