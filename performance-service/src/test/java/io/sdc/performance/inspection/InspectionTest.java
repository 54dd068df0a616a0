package io.sdc.performance.inspection;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.Refusals.assertRefused;
import static io.sdc.platform.problem.ProblemType.VALIDATION_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** An inspection's rules and judgements, without the service around it. */
class InspectionTest {

    private static final LocalDate TODAY = LocalDate.parse("2016-01-29");

    @Test
    void isJudgedOnOrBeforeTheDayItIsRecorded() {
        assertThat(inspection(TODAY, 0).date()).isEqualTo(TODAY);
        assertRefused(() -> inspection(TODAY.plusDays(1), 0), VALIDATION_FAILED,
                "An inspection's judgement date cannot be in the future: 2016-01-30");
    }

    @Test
    void hasNoNegativeNumberOfRecommendations() {
        assertThat(inspection(TODAY, 20).recommendations()).isEqualTo(20);
        assertRefused(() -> inspection(TODAY, -1), VALIDATION_FAILED, "recommendations cannot be negative: -1");
    }

    @Test
    void givesTheOverallJudgementOrAnAreasByItsNameInAnyCase() {
        Inspection inspection = inspection(LocalDate.parse("2015-11-04"), 20);
        assertThat(inspection.judgementOf(null)).contains(InspectionJudgement.INADEQUATE);
        assertThat(inspection.judgementOf("adoption PERFORMANCE")).contains(InspectionJudgement.GOOD);
        assertThat(inspection.judgementOf("Fostering")).isEmpty();
    }

    @Test
    void judgementsAreOrderedWorstFirst() {
        assertThat(InspectionJudgement.GOOD.atLeast(InspectionJudgement.REQUIRES_IMPROVEMENT)).isTrue();
        assertThat(InspectionJudgement.GOOD.atLeast(InspectionJudgement.GOOD)).isTrue();
        assertThat(InspectionJudgement.GOOD.atLeast(InspectionJudgement.OUTSTANDING)).isFalse();
    }

    static Inspection inspection(LocalDate date, int recommendations) {
        return new Inspection(UUID.randomUUID(), "Ofsted", "Services for children in need of help and protection", date,
                InspectionJudgement.INADEQUATE, List.of(new AreaJudgement("Adoption performance", InspectionJudgement.GOOD)),
                recommendations, TODAY);
    }
}
