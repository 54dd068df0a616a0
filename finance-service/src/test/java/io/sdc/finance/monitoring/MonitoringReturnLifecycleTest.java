package io.sdc.finance.monitoring;

import io.sdc.finance.budget.Budget;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.laterReturn;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Aggregates.monitoringReturn;
import static io.sdc.finance.support.Refusals.assertConflict;
import static io.sdc.finance.support.Refusals.catchProblem;
import static io.sdc.finance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The council's validation of the trust's monitoring returns and the lock it puts on a period, without Quarkus: the
 * lifecycle's table, each step and each refusal, and what a correction keeps.
 */
class MonitoringReturnLifecycleTest {

    private static final Instant VALIDATED_AT = Instant.parse("2015-10-27T14:00:00Z");
    private static final Instant RETURNED_AT = Instant.parse("2015-10-28T14:00:00Z");
    private static final Instant CORRECTED_AT = Instant.parse("2015-11-03T09:30:00Z");

    private final Budget budget = approvedBudget("staffing 18200000.00", "placements 12500000.00");
    private final MonitoringReturn submitted = monitoringReturn(budget, "2015-Q3", "first", money("15520000.00"), money("31048000.00"));

    @Test
    void theCouncilValidatesASubmittedReturnAndItsFiguresAreNoLongerProvisional() {
        assertThat(FigureStatus.of(submitted)).isEqualTo(FigureStatus.PROVISIONAL);

        submitted.validate("commissioner.user", VALIDATED_AT);

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.VALIDATED);
        assertThat(submitted.validatedBy()).isEqualTo("commissioner.user");
        assertThat(submitted.validatedAt()).isEqualTo(VALIDATED_AT);
        assertThat(FigureStatus.of(submitted)).isEqualTo(FigureStatus.VALIDATED);
        assertThat(submitted.isCurrentWith("first")).as("the same file again is still recognised").isTrue();
        assertConflict(() -> submitted.validate("commissioner.user", RETURNED_AT), "The 2015-Q3 monitoring return " + submitted.id()
                + " is VALIDATED and cannot become VALIDATED; the steps allowed from VALIDATED are SUPERSEDED");
        assertConflict(() -> submitted.returnToTrust("commissioner.user", RETURNED_AT, "Too late"), "The 2015-Q3 monitoring return "
                + submitted.id() + " is VALIDATED and cannot become RETURNED; the steps allowed from VALIDATED are SUPERSEDED");
    }

    @Test
    void theOneWhoSubmittedAReturnCannotValidateIt() {
        ProblemException refusal = catchProblem(() -> submitted.validate(submitted.submittedBy(), Instant.parse("2015-10-21T09:00:00Z")));
        assertThat(refusal.type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(refusal.getMessage()).isEqualTo("The person who submitted a monitoring return cannot validate it: the "
                + submitted.period() + " return was submitted by " + submitted.submittedBy());
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void theCouncilReturnsASubmittedReturnOnlyWithAReason() {
        assertRefused(() -> submitted.returnToTrust("commissioner.user", RETURNED_AT, " "), "reason");
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);

        submitted.returnToTrust("commissioner.user", RETURNED_AT, "  Placements omit the September invoices ");

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(submitted.returnedBy()).isEqualTo("commissioner.user");
        assertThat(submitted.returnedAt()).isEqualTo(RETURNED_AT);
        assertThat(submitted.returnReason()).isEqualTo("Placements omit the September invoices");
        assertThat(FigureStatus.of(submitted)).isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(submitted.isCurrentWith("first")).as("the same file sent again after a return is a new return").isFalse();
        assertConflict(() -> submitted.validate("commissioner.user", VALIDATED_AT), "The 2015-Q3 monitoring return " + submitted.id()
                + " is RETURNED and cannot become VALIDATED; the steps allowed from RETURNED are SUPERSEDED");
    }

    @Test
    void aValidatedPeriodIsLockedAndANewReturnForItIsACorrectionWithAReason() {
        submitted.validate("commissioner.user", VALIDATED_AT);
        MonitoringReturn correction = later(submitted);

        assertRefused(() -> submitted.supersedeBy(correction, null), "reason");
        assertThat(submitted.status()).as("nothing changed").isEqualTo(SubmissionStatus.VALIDATED);
        assertThat(correction.correctionOf()).isNull();

        submitted.supersedeBy(correction, " Placements forecast was understated ");

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(submitted.supersededAt()).isEqualTo(CORRECTED_AT);
        assertThat(submitted.supersededBy()).isEqualTo(correction.id());
        assertThat(submitted.validated()).as("its figures stay the validated ones").isTrue();
        assertThat(submitted.totalForecast()).isEqualTo(money("31048000.00"));
        assertThat(submitted.validatedBy()).isEqualTo("commissioner.user");
        assertThat(correction.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(FigureStatus.of(correction)).as("provisional until the council validates the correction").isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(correction.correctionOf()).isEqualTo(submitted.id());
        assertThat(correction.correctionReason()).isEqualTo("Placements forecast was understated");
        assertThat(correction.submittedBy()).isEqualTo("trust.finance.corrector");

        correction.validate("second.commissioner", CORRECTED_AT.plusSeconds(3600));
        assertThat(FigureStatus.of(correction)).isEqualTo(FigureStatus.VALIDATED);
    }

    @Test
    void aSubmittedReturnIsAlsoCorrectedOnlyWithAReason() {
        assertRefused(() -> submitted.supersedeBy(later(submitted), ""), "reason");
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        MonitoringReturn correction = later(submitted);
        submitted.supersedeBy(correction, "Wrong file");
        assertThat(correction.correctionReason()).isEqualTo("Wrong file");
    }

    @Test
    void aReturnedReturnIsSentAgainWithoutAReasonOfItsOwn() {
        submitted.returnToTrust("commissioner.user", RETURNED_AT, "Placements omit the September invoices");
        MonitoringReturn resubmission = later(submitted);

        submitted.supersedeBy(resubmission, null);

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(submitted.returnReason()).isEqualTo("Placements omit the September invoices");
        assertThat(resubmission.correctionOf()).isEqualTo(submitted.id());
        assertThat(resubmission.correctionReason()).isNull();
    }

    @Test
    void aReturnIsSupersededOnlyByALaterReturnOfItsOwnBudgetAndPeriod() {
        MonitoringReturn otherPeriod = monitoringReturn(budget, "2015-Q4", "q4", Money.ZERO, Money.ZERO);
        assertThatThrownBy(() -> submitted.supersedeBy(otherPeriod, "Wrong period")).isInstanceOf(IllegalArgumentException.class);
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
    }

    @Test
    void aClosedYearTakesNoReturnCorrectionOrReturnToTheTrust() {
        budget.requireOpenForReturns();
        budget.close();
        assertConflict(budget::requireOpenForReturns, "The 2015/16 year is closed: its outturn is final, so its monitoring "
                + "returns are no longer sent, corrected or returned");
    }

    @Test
    void theForecastAndTheTrendSayPerFigureWhetherItIsValidated() {
        submitted.validate("commissioner.user", VALIDATED_AT);
        MonitoringReturn q4 = monitoringReturn(budget, "2015-Q4", "q4", money("1.00"), money("30700000.00"));

        Forecast validated = Forecast.of(budget, submitted, java.util.Map.of());
        assertThat(validated.figures()).isEqualTo(FigureStatus.VALIDATED);
        assertThat(validated.returnStatus()).isEqualTo(SubmissionStatus.VALIDATED);
        assertThat(Forecast.of(budget, q4, java.util.Map.of()).figures()).isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(Forecast.trend(budget, List.of(q4, submitted))).extracting(Forecast.TrendPoint::period, Forecast.TrendPoint::figures)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2015-Q3", FigureStatus.VALIDATED),
                        org.assertj.core.groups.Tuple.tuple("2015-Q4", FigureStatus.PROVISIONAL));
    }

    private static MonitoringReturn later(MonitoringReturn earlier) {
        return laterReturn(earlier, money("31400000.00"), "trust.finance.corrector", CORRECTED_AT);
    }
}
