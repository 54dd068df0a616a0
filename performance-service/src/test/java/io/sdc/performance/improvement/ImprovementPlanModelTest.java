package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.sdc.performance.improvement.RecommendationStatus.BUSINESS_AS_USUAL;
import static io.sdc.performance.improvement.RecommendationStatus.CLOSED;
import static io.sdc.performance.improvement.RecommendationStatus.MONITORED_BY_IMPROVEMENT_BOARD;
import static io.sdc.performance.improvement.RecommendationStatus.MONITORED_BY_OTHER_BODY;
import static io.sdc.performance.improvement.RecommendationStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an improvement plan, its recommendations and their actions, without a database. */
class ImprovementPlanModelTest {

    private static final LocalDate TODAY = LocalDate.of(2016, 6, 15);
    private static final String SAFEGUARDING = "Excellent safeguarding standards and practice";
    private static final String LEADERSHIP = "Effective leadership and governance";
    private static final RecommendationSource REVIEW = new RecommendationSource(SourceKind.DFE_REVIEW, null, "DfE review", LocalDate.of(2016, 5, 17));

    private static ImprovementPlan plan() {
        return new ImprovementPlan(UUID.randomUUID(), "Children's Services Improvement Plan", LocalDate.of(2016, 3, 1),
                List.of(LEADERSHIP, SAFEGUARDING), TODAY);
    }

    private static Recommendation recommendation() {
        return new Recommendation(plan(), "2.1.9", "Effective information management", SAFEGUARDING, REVIEW, List.of("RE-REFERRALS"), TODAY);
    }

    @Test
    void aPlanIsRefreshedIntoItsNextVersionKeepingTheThemesInUse() {
        ImprovementPlan plan = plan();
        assertThat(plan.planVersion()).isEqualTo(1);
        assertThatThrownBy(() -> plan.refresh("Refreshed", LocalDate.of(2016, 10, 1), List.of(LEADERSHIP), Set.of(), " ", TODAY))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> plan.refresh("Refreshed", LocalDate.of(2016, 2, 1), List.of(LEADERSHIP), Set.of(), "October refresh", TODAY))
                .hasMessageContaining("on or after");
        assertThatThrownBy(() -> plan.refresh("Refreshed", LocalDate.of(2016, 6, 1), List.of(LEADERSHIP), Set.of(SAFEGUARDING), "Refresh", TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("a refresh keeps them");
        plan.refresh("Refreshed plan", LocalDate.of(2016, 6, 1), List.of("Confident leadership", LEADERSHIP, SAFEGUARDING),
                Set.of(SAFEGUARDING), "New objectives", TODAY);
        assertThat(plan.planVersion()).isEqualTo(2);
        assertThat(plan.themes()).containsExactly("Confident leadership", LEADERSHIP, SAFEGUARDING);
    }

    @Test
    void aPlanHasNamedThemesEachOnceAndIsNotAgreedInTheFuture() {
        UUID contract = UUID.randomUUID();
        assertThatThrownBy(() -> new ImprovementPlan(contract, "Plan", TODAY, List.of(), TODAY)).hasMessageContaining("at least one theme");
        assertThatThrownBy(() -> new ImprovementPlan(contract, "Plan", TODAY, List.of("A", "a"), TODAY)).hasMessageContaining("each once");
        assertThatThrownBy(() -> new ImprovementPlan(contract, "Plan", TODAY.plusDays(1), List.of("A"), TODAY)).hasMessageContaining("future");
    }

    @Test
    void aRecommendationIsUnderAThemeOfItsPlanNumberedAsItsSourceGivesIt() {
        ImprovementPlan plan = plan();
        assertThatThrownBy(() -> new Recommendation(plan, "2.1.9", "Text", "Workforce", REVIEW, List.of(), TODAY))
                .hasMessageContaining("not a theme of this plan");
        assertThatThrownBy(() -> new Recommendation(plan, "two", "Text", SAFEGUARDING, REVIEW, List.of(), TODAY))
                .hasMessageContaining("such as 2.1.9");
        Recommendation raised = new Recommendation(plan, "14", "Text", SAFEGUARDING, REVIEW, List.of(), TODAY);
        assertThat(raised.status()).isEqualTo(OPEN);
        assertThat(raised.contractId()).isEqualTo(plan.contractId());
    }

    @Test
    void onlyAnOfstedInspectionsRecommendationNamesTheInspection() {
        ImprovementPlan plan = plan();
        UUID inspection = UUID.randomUUID();
        assertThatThrownBy(() -> new Recommendation(plan, "1", "Text", SAFEGUARDING,
                new RecommendationSource(SourceKind.OFSTED_INSPECTION, null, "Ofsted SIF", TODAY), List.of(), TODAY))
                .hasMessageContaining("names the inspection");
        assertThatThrownBy(() -> new Recommendation(plan, "1", "Text", SAFEGUARDING,
                new RecommendationSource(SourceKind.PEER_REVIEW, inspection, "LGA peer review", TODAY), List.of(), TODAY))
                .hasMessageContaining("Only an Ofsted inspection");
        assertThatThrownBy(() -> new Recommendation(plan, "1", "Text", SAFEGUARDING,
                new RecommendationSource(SourceKind.MONITORING_VISIT, null, "Visit", TODAY.plusDays(1)), List.of(), TODAY))
                .hasMessageContaining("future");
        Recommendation linked = new Recommendation(plan, "1", "Text", SAFEGUARDING,
                new RecommendationSource(SourceKind.OFSTED_INSPECTION, inspection, "Ofsted SIF", LocalDate.of(2015, 11, 4)), List.of(), TODAY);
        assertThat(linked.source().inspectionId()).isEqualTo(inspection);
    }

    @Test
    void theBoardDecidesAStatusByAStepItsLifecycleAllowsWithAReasonAndDate() {
        Recommendation recommendation = recommendation();
        LocalDate board = LocalDate.of(2016, 1, 14);
        assertThatThrownBy(() -> recommendation.decide(CLOSED, null, "", board, "chair", TODAY)).hasMessageContaining("reason");
        assertThatThrownBy(() -> recommendation.decide(CLOSED, null, "Done", TODAY.plusDays(1), "chair", TODAY)).hasMessageContaining("future");
        assertThatThrownBy(() -> recommendation.decide(MONITORED_BY_OTHER_BODY, null, "LSCB", board, "chair", TODAY))
                .hasMessageContaining("Name the accountable body");
        assertThatThrownBy(() -> recommendation.decide(CLOSED, "LSCB", "Done", board, "chair", TODAY))
                .hasMessageContaining("Only a recommendation monitored by another accountable body");

        recommendation.decide(MONITORED_BY_OTHER_BODY, "Leeds Safeguarding Children Board", "Subset of 1.1.1", board, "chair", TODAY);
        assertThat(recommendation.monitoringBody()).isEqualTo("Leeds Safeguarding Children Board");
        assertThatThrownBy(() -> recommendation.decide(MONITORED_BY_OTHER_BODY, "Leeds Safeguarding Children Board", "Again", board, "chair", TODAY))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> recommendation.decide(CLOSED, null, "Done", board.minusDays(1), "chair", TODAY))
                .hasMessageContaining("cannot be dated");
        recommendation.decide(BUSINESS_AS_USUAL, null, "Embedded", board.plusDays(30), "chair", TODAY);
        assertThat(recommendation.monitoringBody()).isNull();
        recommendation.decide(CLOSED, null, "Actions complete", board.plusDays(60), "chair", TODAY);

        assertThatThrownBy(() -> recommendation.decide(MONITORED_BY_IMPROVEMENT_BOARD, null, "Reopen", board.plusDays(90), "chair", TODAY))
                .isInstanceOf(ProblemException.class)
                .hasMessage("Recommendation 2.1.9 is CLOSED and cannot become MONITORED_BY_IMPROVEMENT_BOARD; the steps allowed from CLOSED are none: it is final");
        assertThat(recommendation.decisions()).extracting(StatusDecision::to).containsExactly(MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED);
        assertThat(recommendation.decisions().get(0).from()).isEqualTo(OPEN);
        assertThat(recommendation.statusReason()).isEqualTo("Actions complete");
        assertThat(recommendation.statusDecidedOn()).isEqualTo(board.plusDays(60));
    }

    @Test
    void theLifecycleTables() {
        assertThat(OPEN.next()).containsExactlyInAnyOrder(MONITORED_BY_IMPROVEMENT_BOARD, MONITORED_BY_OTHER_BODY, BUSINESS_AS_USUAL, CLOSED);
        assertThat(BUSINESS_AS_USUAL.next()).containsExactlyInAnyOrder(MONITORED_BY_IMPROVEMENT_BOARD, CLOSED);
        assertThat(CLOSED.next()).isEmpty();
        assertThat(ActionStatus.OVERDUE.next()).containsExactlyInAnyOrder(ActionStatus.ON_TRACK, ActionStatus.COMPLETE);
        assertThat(ActionStatus.COMPLETE.next()).isEmpty();
    }

    @Test
    void theOwnerReportsProgressTheCheckFindsItOverdueAndTheCouncilConfirmsItComplete() {
        Recommendation recommendation = recommendation();
        ImprovementAction action = new ImprovementAction(recommendation, "Audit case records monthly", Party.TRUST, "Head of Quality Assurance",
                LocalDate.of(2016, 3, 31));
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_STARTED);

        assertThatThrownBy(() -> action.reportProgress(Party.COUNCIL, "commissioner", "Done", null, List.of(), TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("only its owner");
        assertThatThrownBy(() -> action.reportProgress(Party.TRUST, "lead", " ", null, List.of(), TODAY)).hasMessageContaining("commentary");
        assertThatThrownBy(() -> action.reportProgress(Party.TRUST, "lead", "Done", ActionStatus.COMPLETE, List.of(), TODAY))
                .hasMessageContaining("confirmed by the council");
        ProgressUpdate update = action.reportProgress(Party.TRUST, "lead", "First audit done", ActionStatus.AT_RISK,
                List.of("https://trust.example/audit-jan.pdf"), LocalDate.of(2016, 2, 1));
        assertThat(update.status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(action.status()).isEqualTo(ActionStatus.AT_RISK);

        assertThat(action.markOverdue(LocalDate.of(2016, 3, 31))).as("on its due date").isFalse();
        assertThat(action.markOverdue(LocalDate.of(2016, 4, 1))).isTrue();
        assertThat(action.markOverdue(LocalDate.of(2016, 4, 2))).as("once").isFalse();
        assertThatThrownBy(() -> action.reportProgress(Party.TRUST, "lead", "Back on track", ActionStatus.ON_TRACK, List.of(), TODAY))
                .hasMessage("Action 'Audit case records monthly' is OVERDUE and cannot become ON_TRACK; the steps allowed from OVERDUE are COMPLETE");
        action.reportProgress(Party.TRUST, "lead", "Second audit done", null, List.of(), TODAY);

        action.confirmCompletion("commissioner.user", TODAY);
        assertThat(action.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(action.completedOn()).isEqualTo(TODAY);
        assertThat(action.markOverdue(TODAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> action.confirmCompletion("commissioner.user", TODAY)).hasMessageContaining("none: it is final");
        assertThatThrownBy(() -> action.reportProgress(Party.TRUST, "lead", "More", null, List.of(), TODAY)).hasMessageContaining("COMPLETE");
        assertThat(action.progress()).hasSize(2);
    }

    @Test
    void aClosedRecommendationTakesNoNewActionAndThemesAreCountedByStatus() {
        ImprovementPlan plan = plan();
        Recommendation closed = new Recommendation(plan, "1.2.3", "Service reviews", LEADERSHIP, REVIEW, List.of(), TODAY);
        closed.decide(CLOSED, null, "Complete", TODAY, "chair", TODAY);
        assertThatThrownBy(() -> new ImprovementAction(closed, "More", Party.COUNCIL, "Commissioning", TODAY)).hasMessageContaining("CLOSED");

        Recommendation monitored = new Recommendation(plan, "2.2.3", "Integrated Safeguarding Unit", SAFEGUARDING, REVIEW, List.of(), TODAY);
        monitored.decide(MONITORED_BY_IMPROVEMENT_BOARD, null, "Keep monitoring", TODAY, "chair", TODAY);
        List<ThemeCount> counts = ThemeCount.of(plan, List.of(closed, monitored));
        assertThat(counts).extracting(ThemeCount::theme).containsExactly(LEADERSHIP, SAFEGUARDING);
        assertThat(counts.get(0).byStatus()).containsEntry(CLOSED, 1L).containsEntry(OPEN, 0L);
        assertThat(counts.get(1).total()).isEqualTo(1);
        assertThat(ThemeCount.totals(counts)).containsEntry(CLOSED, 1L).containsEntry(MONITORED_BY_IMPROVEMENT_BOARD, 1L);
    }
}
