package io.sdc.platform.lifecycle;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static io.sdc.platform.lifecycle.SubmissionStatus.RETURNED;
import static io.sdc.platform.lifecycle.SubmissionStatus.SUBMITTED;
import static io.sdc.platform.lifecycle.SubmissionStatus.SUPERSEDED;
import static io.sdc.platform.lifecycle.SubmissionStatus.VALIDATED;
import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle of a figure the trust submits and the council validates (a monitoring return, an observation). */
class SubmissionStatusTest {

    @Test
    void theLifecycleIsATableOfAllowedSteps() {
        assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(VALIDATED, RETURNED, SUPERSEDED);
        assertThat(VALIDATED.next()).containsExactly(SUPERSEDED);
        assertThat(RETURNED.next()).containsExactly(SUPERSEDED);
        assertThat(SUPERSEDED.next()).isEmpty();
    }

    @Test
    void supersedingAFigureAwaitingValidationOrAValidatedOneIsACorrection() {
        assertThat(EnumSet.allOf(SubmissionStatus.class)).filteredOn(SubmissionStatus::supersessionIsCorrection)
                .containsExactlyInAnyOrder(SUBMITTED, VALIDATED);
    }
}
