package io.sdc.performance.observation;

import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static io.sdc.performance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An observation's lifecycle and the lock on a validated period, without the service around it: the trust submits,
 * the council validates or returns with a reason, a later figure supersedes with a reason where the figure awaited
 * validation or was validated (a correction), and what was superseded stays readable.
 */
class ObservationTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2015-10-20T09:30:00Z");
    private static final Observation.Figure TWENTY_THREE = new Observation.Figure(46L, 200L, new BigDecimal("23.0"));
    private static final Observation.Figure THIRTY_ONE = new Observation.Figure(62L, 200L, new BigDecimal("31.0"));

    @Test
    void aSubmittedFigureIsProvisionalUntilTheCouncilValidatesIt() {
        Observation observation = submitted();
        assertThat(observation.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(observation.kind()).isEqualTo(SubmissionKind.SUBMISSION);
        assertThat(observation.submittedBy()).isEqualTo("trust.user");
        assertThat(observation.everValidated()).isFalse();

        observation.validate(step("council.user", 60));
        assertThat(observation.status()).isEqualTo(SubmissionStatus.VALIDATED);
        assertThat(observation.validatedBy()).isEqualTo("council.user");
        assertThat(observation.validatedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void whoSubmittedAFigureCannotValidateIt() {
        Observation observation = submitted();
        assertRefused(() -> observation.validate(step("trust.user", 60)), ProblemType.FORBIDDEN,
                "The person who submitted a figure cannot validate it");
        assertThat(observation.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aFigureIsReturnedWithAReasonAndOnlyWhileItAwaitsValidation() {
        Observation observation = submitted();
        assertRefused(() -> observation.returnToTrust(" ", step("council.user", 60)), ProblemType.VALIDATION_FAILED,
                "Give a reason to return RE-REFERRALS for 2015-Q3");
        observation.returnToTrust("September's referrals are missing", step("council.user", 60));
        assertThat(observation.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(observation.returnReason()).isEqualTo("September's referrals are missing");
        assertThat(observation.returnedBy()).isEqualTo("council.user");

        assertRefused(() -> observation.validate(step("council.user", 90)), ProblemType.CONFLICT,
                "A RETURNED observation", "cannot become VALIDATED", "the steps allowed from RETURNED are SUPERSEDED");
        Observation validated = submitted();
        validated.validate(step("council.user", 60));
        assertRefused(() -> validated.returnToTrust("Too late", step("council.user", 90)), ProblemType.CONFLICT,
                "A VALIDATED observation", "cannot become RETURNED");
        assertRefused(() -> validated.validate(step("council.user", 90)), ProblemType.CONFLICT, "cannot become VALIDATED");
    }

    @Test
    void supersedingAFigureAwaitingValidationNeedsAReason() {
        Observation first = submitted();
        assertRefused(() -> Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", THIRTY_ONE, null, Optional.of(first), " ",
                step("trust.user", 60)), ProblemType.VALIDATION_FAILED, "is SUBMITTED and awaits validation: give a reason");
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUBMITTED);

        Observation second = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", THIRTY_ONE, null, Optional.of(first),
                "Late referrals recorded", step("trust.user", 60));
        assertThat(second.kind()).isEqualTo(SubmissionKind.RESUBMISSION);
        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(second.submissionReason()).isEqualTo("Late referrals recorded");
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(first.supersededBy()).isEqualTo(second.id());
        assertThat(first.supersededAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aReturnedFigureIsResubmittedWithoutAReason() {
        Observation first = submitted();
        first.returnToTrust("September's referrals are missing", step("council.user", 60));
        assertThat(first.whyAReasonIsNeeded()).isEmpty();
        Observation second = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", THIRTY_ONE, null, Optional.of(first), null,
                step("trust.user", 120));
        assertThat(second.kind()).isEqualTo(SubmissionKind.RESUBMISSION);
        assertThat(second.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(first.returnReason()).as("kept after it is superseded").isEqualTo("September's referrals are missing");
    }

    @Test
    void aValidatedPeriodIsLockedAndChangesOnlyByACorrectionWithAReasonThatIsValidatedAgain() {
        Observation validated = submitted();
        validated.validate(step("council.user", 60));
        assertThat(validated.whyAReasonIsNeeded()).hasValueSatisfying(why -> assertThat(why).contains("VALIDATED", "locked"));
        assertRefused(() -> Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", THIRTY_ONE, null, Optional.of(validated), null,
                step("trust.user", 120)), ProblemType.VALIDATION_FAILED, "is VALIDATED by the council and locked: a correction needs a reason");
        assertThat(validated.status()).isEqualTo(SubmissionStatus.VALIDATED);

        Observation correction = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", THIRTY_ONE, null, Optional.of(validated),
                "Referrals recorded late", step("trust.user", 120));
        assertThat(correction.kind()).isEqualTo(SubmissionKind.CORRECTION);
        assertThat(correction.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(correction.everValidated()).isFalse();
        assertThat(validated.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(validated.everValidated()).isTrue();
        assertThat(validated.validatedBy()).as("who validated the earlier figure stays readable").isEqualTo("council.user");
        assertThat(validated.value()).isEqualByComparingTo("23.0");

        assertRefused(() -> validated.validate(step("council.user", 180)), ProblemType.CONFLICT,
                "A SUPERSEDED observation", "none: it is final");
        correction.validate(step("council.user", 180));
        assertThat(correction.status()).isEqualTo(SubmissionStatus.VALIDATED);
    }

    @Test
    void theSameFigureSentAgainWhileItStandsIsARetry() {
        Observation observation = submitted();
        assertThat(observation.repeatedBy(TWENTY_THREE, "Front Door")).isTrue();
        assertThat(observation.repeatedBy(new Observation.Figure(46L, 200L, new BigDecimal("23.00")), "Front Door")).isTrue();
        assertThat(observation.repeatedBy(TWENTY_THREE, null)).isFalse();
        assertThat(observation.repeatedBy(THIRTY_ONE, "Front Door")).isFalse();
        observation.returnToTrust("Check it", step("council.user", 60));
        assertThat(observation.repeatedBy(TWENTY_THREE, "Front Door")).as("a returned figure sent again is a resubmission").isFalse();
    }

    private static Observation submitted() {
        return Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3", TWENTY_THREE, "Front Door", Optional.empty(), null,
                step("trust.user", 0));
    }

    private static Observation.Step step(String actor, long secondsLater) {
        return new Observation.Step(actor, AT.plusSeconds(secondsLater));
    }
}
