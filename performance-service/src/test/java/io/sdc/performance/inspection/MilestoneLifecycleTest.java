package io.sdc.performance.inspection;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.Refusals.assertRefused;
import static io.sdc.platform.problem.ProblemType.CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A milestone's standing on a date against the inspections, and the final statuses it announces once, without the
 * service around it: the seed's November 2015 inspection (overall Inadequate, adoption performance Good).
 */
class MilestoneLifecycleTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final String FRAMEWORK = "Services for children in need of help and protection";
    private static final LocalDate DUE = LocalDate.parse("2016-04-30");

    @Test
    void theLifecycleIsATableOfAllowedNextSteps() {
        assertThat(MilestoneStatus.ON_TRACK.next()).isEqualTo(EnumSet.of(MilestoneStatus.MET, MilestoneStatus.MISSED));
        assertThat(MilestoneStatus.MISSED.next()).isEqualTo(EnumSet.of(MilestoneStatus.MET));
        assertThat(MilestoneStatus.MET.next()).isEmpty();
    }

    @Test
    void isOnTrackUntilItsDateThenMissedUnlessAnInspectionByThenReachedTheTarget() {
        Milestone milestone = new Milestone(CONTRACT, "Requires Improvement by April 2016", InspectionJudgement.REQUIRES_IMPROVEMENT,
                DUE, null, null);
        List<Inspection> inspections = List.of(inspection("2015-11-04", InspectionJudgement.INADEQUATE, FRAMEWORK));
        assertThat(milestone.standingOn(DUE, inspections).status()).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(milestone.standingOn(DUE.plusDays(1), inspections).status()).isEqualTo(MilestoneStatus.MISSED);

        Inspection reinspection = inspection("2016-03-15", InspectionJudgement.REQUIRES_IMPROVEMENT, "Re-inspection");
        List<Inspection> both = List.of(inspections.get(0), reinspection);
        assertThat(milestone.standingOn(LocalDate.parse("2016-03-14"), both).status()).isEqualTo(MilestoneStatus.ON_TRACK);
        Milestone.Standing met = milestone.standingOn(LocalDate.parse("2016-03-15"), both);
        assertThat(met.status()).isEqualTo(MilestoneStatus.MET);
        assertThat(met.metByInspectionId()).isEqualTo(reinspection.id());
        assertThat(met.asOf()).isEqualTo(LocalDate.parse("2016-03-15"));
        assertThat(met.milestone()).isSameAs(milestone);

        // An inspection after the date does not meet it.
        List<Inspection> late = List.of(inspection("2016-05-01", InspectionJudgement.GOOD, FRAMEWORK));
        assertThat(milestone.standingOn(LocalDate.parse("2016-06-01"), late).status()).isEqualTo(MilestoneStatus.MISSED);
    }

    @Test
    void isJudgedOnItsAreaAndOnlyByTheKindOfInspectionItNames() {
        List<Inspection> inspections = List.of(inspection("2015-11-04", InspectionJudgement.INADEQUATE, FRAMEWORK),
                inspection("2015-06-10", InspectionJudgement.OUTSTANDING, "Children's home"));
        Milestone adoption = new Milestone(CONTRACT, "Adoption performance Good by April 2016", InspectionJudgement.GOOD, DUE,
                "Adoption performance", null);
        assertThat(adoption.standingOn(DUE, inspections).status()).isEqualTo(MilestoneStatus.MET);
        Milestone byFramework = new Milestone(CONTRACT, "Outstanding by April 2016", InspectionJudgement.OUTSTANDING, DUE, null,
                FRAMEWORK.toUpperCase());
        assertThat(byFramework.standingOn(DUE, inspections).status()).isEqualTo(MilestoneStatus.ON_TRACK);
        assertThat(new Milestone(CONTRACT, "Outstanding by April 2016", InspectionJudgement.OUTSTANDING, DUE, null, null)
                .standingOn(DUE, inspections).metByInspectionId()).isEqualTo(inspections.get(1).id());
    }

    @Test
    void announcesEachFinalStatusOnceAndOnlyAsItsLifecycleAllows() {
        Milestone milestone = new Milestone(CONTRACT, "Requires Improvement by April 2016", InspectionJudgement.REQUIRES_IMPROVEMENT,
                DUE, null, null);
        assertThat(milestone.announce(MilestoneStatus.ON_TRACK)).isFalse();
        assertThat(milestone.announce(MilestoneStatus.MISSED)).isTrue();
        assertThat(milestone.announce(MilestoneStatus.MISSED)).isFalse();
        assertRefused(() -> milestone.announce(MilestoneStatus.ON_TRACK), CONFLICT,
                "Milestone 'Requires Improvement by April 2016' is MISSED and cannot become ON_TRACK; the steps allowed from MISSED are MET");
        assertThat(milestone.announce(MilestoneStatus.MET)).isTrue();
        assertThat(milestone.announce(MilestoneStatus.MET)).isFalse();
        assertRefused(() -> milestone.announce(MilestoneStatus.MISSED), CONFLICT, "is MET and cannot become MISSED",
                "the steps allowed from MET are none: it is final");
    }

    private static Inspection inspection(String date, InspectionJudgement overall, String type) {
        return new Inspection(CONTRACT, "Ofsted", type, LocalDate.parse(date), overall,
                List.of(new AreaJudgement("Adoption performance", InspectionJudgement.GOOD)), 0, LocalDate.parse("2020-01-01"));
    }
}
