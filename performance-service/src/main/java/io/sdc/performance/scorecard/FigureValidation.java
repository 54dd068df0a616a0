package io.sdc.performance.scorecard;

import io.sdc.performance.observation.Observation;
import io.sdc.platform.lifecycle.SubmissionStatus;

/** Whether a figure on a scorecard is the council's validated figure or the trust's provisional one. */
public enum FigureValidation {
    /** Submitted by the trust and not (yet) validated by the council, or returned by it. */
    PROVISIONAL,
    /** Validated by the council. */
    VALIDATED;

    /** A figure shown: validated if the council validated it, whether or not a correction has superseded it since. */
    public static FigureValidation of(Observation observation) {
        if (observation == null) {
            return null;
        }
        return observation.status() == SubmissionStatus.VALIDATED || observation.everValidated() ? VALIDATED : PROVISIONAL;
    }
}
