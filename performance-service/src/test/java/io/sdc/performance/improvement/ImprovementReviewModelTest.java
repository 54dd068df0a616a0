package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.sdc.performance.improvement.FindingJudgement.AREA_FOR_IMPROVEMENT;
import static io.sdc.performance.improvement.FindingJudgement.STRENGTH;
import static io.sdc.performance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a council's plan before a trust exists and of a review recorded with its findings, without a database. */
class ImprovementReviewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2016, 9, 1);
    private static final LocalDate VISIT = LocalDate.of(2016, 7, 10);
    private static final String LEADERSHIP = "Leadership, management and governance";
    private static final String PRACTICE = "Quality of practice";
    private static final RecommendationSource OFSTED_2015 = new RecommendationSource(SourceKind.OFSTED_INSPECTION, null,
            "Ofsted inspection of services for children in need of help and protection", LocalDate.of(2015, 6, 1));

    private final ImprovementPlan plan = ImprovementPlan.heldByCouncil(" Darlington Borough Council ", "Children's Services Improvement Plan",
            LocalDate.of(2016, 1, 6), List.of(LEADERSHIP, PRACTICE), TODAY);
    private final Recommendation workforce = new Recommendation(plan, "4", "A stable workforce", LEADERSHIP, OFSTED_2015, List.of(), TODAY);
    private final Map<UUID, Recommendation> known = new HashMap<>(Map.of(workforce.id(), workforce));

    private ImprovementReview visit(List<FindingDraft> findings, Set<String> numbersInUse) {
        return new ImprovementReview(plan, SourceKind.MONITORING_VISIT, "Ofsted monitoring visit 10-11 July 2016", VISIT,
                LocalDate.of(2016, 8, 5), "Ofsted", "Significant improvements in some key areas", findings,
                id -> Optional.ofNullable(known.get(id)), numbersInUse, TODAY);
    }

    private static FindingDraft evidences(UUID recommendation) {
        return new FindingDraft("The workforce is not yet stable", AREA_FOR_IMPROVEMENT, recommendation, null);
    }

    private static FindingDraft raises(String number, String theme) {
        return new FindingDraft("Child protection enquiries are not informed by multi-agency discussion", AREA_FOR_IMPROVEMENT, null,
                new FindingDraft.NewRecommendation(number, "Strategy meetings inform every child protection enquiry", theme, List.of("RE-REFERRALS")));
    }

    @Test
    void aCouncilHoldsAPlanBeforeATrustExistsItsEventsNamingThePlan() {
        assertThat(plan.heldByCouncil()).isTrue();
        assertThat(plan.council()).isEqualTo("Darlington Borough Council");
        assertThat(plan.contractId()).isNull();
        assertThat(plan.subject()).isEqualTo(plan.id());
        assertThat(workforce.contractId()).isNull();
        assertRefused(() -> ImprovementPlan.heldByCouncil(" ", "Plan", TODAY, List.of(LEADERSHIP), TODAY), ProblemType.VALIDATION_FAILED, "names its council");
        assertThatThrownBy(() -> ImprovementPlan.heldByCouncil(null, "Plan", TODAY, List.of(LEADERSHIP), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, refusal -> assertThat(refusal.violations()).extracting("field").containsExactly("council"));
    }

    @Test
    void aCouncilsPlanNamesNoInspectionRecordedHereWhileAContractsPlanDoes() {
        assertRefused(() -> new Recommendation(plan, "1", "Text", LEADERSHIP, new RecommendationSource(SourceKind.OFSTED_INSPECTION, UUID.randomUUID(),
                "Ofsted SIF", VISIT), List.of(), TODAY), ProblemType.VALIDATION_FAILED, "names no inspection");
        assertRefused(() -> new Recommendation(plan, "1", "Text", LEADERSHIP, new RecommendationSource(SourceKind.PEER_REVIEW, UUID.randomUUID(),
                "Peer review", VISIT), List.of(), TODAY), ProblemType.VALIDATION_FAILED, "names no inspection");
        ImprovementPlan contracts = new ImprovementPlan(UUID.randomUUID(), "Plan", VISIT, List.of(LEADERSHIP), TODAY);
        assertRefused(() -> new Recommendation(contracts, "1", "Text", LEADERSHIP, OFSTED_2015, List.of(), TODAY), ProblemType.VALIDATION_FAILED,
                "names the inspection");
    }

    @Test
    void theCouncilsPlanPassesToTheTrustsContractOnceWithItsRecommendationsActionsReviewsAndEvidence() {
        ImprovementReview review = visit(List.of(evidences(workforce.id())), Set.of());
        ImprovementAction action = new ImprovementAction(workforce, "Recruit permanent team managers", Party.COUNCIL, "Director of People", TODAY);
        ImprovementEvidence file = ImprovementEvidence.upload(action, new ImprovementEvidence.Upload("recruitment.txt", "text/plain", null,
                "Twelve permanent team managers appointed".getBytes(StandardCharsets.UTF_8)),
                new ImprovementEvidence.Uploader(Party.COUNCIL, "commissioner", "commissioner", Instant.parse("2016-07-01T09:00:00Z")), 1024);
        UUID contract = UUID.randomUUID();
        assertThatThrownBy(() -> workforce.passToContract(plan)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> action.passToContract(plan)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file.contractId()).isNull();
        assertThatThrownBy(() -> file.passToContract(action)).as("before its action has a contract").isInstanceOf(IllegalArgumentException.class);

        plan.passToContract(contract);
        workforce.passToContract(plan);
        action.passToContract(plan);
        review.passToContract(plan);
        file.passToContract(action);

        assertThat(List.of(plan.contractId(), workforce.contractId(), action.contractId(), review.contractId(), file.contractId()))
                .containsOnly(contract);
        assertThat(action.subject()).isEqualTo(contract);
        assertThat(plan.subject()).isEqualTo(contract);
        assertThat(plan.heldByCouncil()).isFalse();
        assertRefused(() -> plan.passToContract(UUID.randomUUID()), ProblemType.CONFLICT, "passes to a contract once");
        assertRefused(() -> workforce.passToContract(plan), ProblemType.CONFLICT, "already");
        assertRefused(() -> review.passToContract(plan), ProblemType.CONFLICT, "already");
        assertRefused(() -> action.passToContract(plan), ProblemType.CONFLICT, "already");
        assertRefused(() -> file.passToContract(action), ProblemType.CONFLICT, "already");
        ImprovementAction another = new ImprovementAction(workforce, "Another action", Party.COUNCIL, "Director of People", TODAY);
        assertThatThrownBy(() -> file.passToContract(another)).as("not its action").isInstanceOf(IllegalArgumentException.class);
        ImprovementPlan other = new ImprovementPlan(contract, "Another plan", VISIT, List.of(LEADERSHIP), TODAY);
        assertThatThrownBy(() -> review.passToContract(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReviewsFindingsEvidenceRecommendationsOrRaiseThemWithTheReviewAsTheirSource() {
        ImprovementReview review = visit(List.of(new FindingDraft("A new senior leadership team is highly visible", STRENGTH, workforce.id(), null),
                evidences(workforce.id()), raises("1", PRACTICE)), Set.of());

        assertThat(review.findings()).extracting(ReviewFinding::judgement).containsExactly(STRENGTH, AREA_FOR_IMPROVEMENT, AREA_FOR_IMPROVEMENT);
        assertThat(review.findings()).extracting(ReviewFinding::raised).containsExactly(false, false, true);
        assertThat(review.recommendationsRaised()).isEqualTo(1);
        Recommendation raised = review.raised().get(0);
        assertThat(review.findings().get(2).recommendationId()).isEqualTo(raised.id());
        assertThat(raised.source()).isEqualTo(new RecommendationSource(SourceKind.MONITORING_VISIT, null, "Ofsted monitoring visit 10-11 July 2016", VISIT));
        assertThat(raised.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(raised.planId()).isEqualTo(plan.id());
        assertThat(review.referenceTo(workforce.id())).contains(new ReviewReference(review.id(), SourceKind.MONITORING_VISIT,
                "Ofsted monitoring visit 10-11 July 2016", VISIT, false));
        assertThat(review.referenceTo(raised.id())).get().extracting(ReviewReference::raised).isEqualTo(true);
        assertThat(review.referenceTo(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aFindingNamesOneRecommendationOfItsPlanAndRaisesOnlyWhatTheRulesOfRaisingAllow() {
        Recommendation elsewhere = new Recommendation(new ImprovementPlan(UUID.randomUUID(), "Other", VISIT, List.of(LEADERSHIP), TODAY), "9",
                "Text", LEADERSHIP, new RecommendationSource(SourceKind.DFE_REVIEW, null, "DfE review", VISIT), List.of(), TODAY);
        known.put(elsewhere.id(), elsewhere);
        FindingDraft both = new FindingDraft("Both", STRENGTH, workforce.id(), raises("1", PRACTICE).raises());
        FindingDraft neither = new FindingDraft("Neither", STRENGTH, null, null);

        assertField(List.of(evidences(workforce.id()), evidences(workforce.id()), both), "findings[2].recommendationId", "not both");
        assertField(List.of(neither), "findings[0].recommendationId", "name an existing one");
        assertField(List.of(evidences(UUID.randomUUID())), "findings[0].recommendationId", "No recommendation with id");
        assertField(List.of(evidences(elsewhere.id())), "findings[0].recommendationId", "another improvement plan");
        assertField(List.of(raises("1", "Workforce")), "findings[0].recommendation.theme", "not a theme of this plan");
        assertField(List.of(raises("one", PRACTICE)), "findings[0].recommendation.number", "such as 2.1.9");
        assertField(List.of(raises("1", PRACTICE), raises("1", LEADERSHIP)), "findings[1].recommendation.number", "once");
        assertField(List.of(raises("2", PRACTICE)), Set.of("2"), "findings[0].recommendation.number", "once");
        assertField(List.of(), "findings", "at least one");
        assertField(List.of(new FindingDraft(" ", STRENGTH, workforce.id(), null)), "findings[0].text", "says what");
        assertField(List.of(new FindingDraft("Text", null, workforce.id(), null)), "findings[0].judgement", "STRENGTH");
    }

    @Test
    void aReviewIsOfAKindOtherThanAnInspectionHeldAndReportedByToday() {
        List<FindingDraft> findings = List.of(evidences(workforce.id()));
        assertRefusedAt(() -> new ImprovementReview(plan, SourceKind.OFSTED_INSPECTION, "SIF", VISIT, null, "Ofsted", null, findings,
                id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY), "kind", "recorded as an inspection");
        assertRefusedAt(() -> new ImprovementReview(plan, SourceKind.DFE_REVIEW, "DfE review", TODAY.plusDays(1), null, "DfE", null, findings,
                id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY), "heldOn", "once held");
        assertRefusedAt(() -> new ImprovementReview(plan, SourceKind.DFE_REVIEW, "DfE review", VISIT, VISIT.minusDays(1), "DfE", null, findings,
                id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY), "reportedOn", "from the review");
        assertRefusedAt(() -> new ImprovementReview(plan, SourceKind.DFE_REVIEW, " ", VISIT, null, "DfE", null, findings,
                id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY), "title", "title");
        assertRefusedAt(() -> new ImprovementReview(plan, SourceKind.PEER_REVIEW, "Peer review", VISIT, null, "", null, findings,
                id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY), "reviewer", "Name who held");
        ImprovementReview review = new ImprovementReview(plan, SourceKind.DFE_REVIEW, " DfE and Red Quadrant review ", VISIT, null,
                " DfE and Red Quadrant ", " ", findings, id -> Optional.ofNullable(known.get(id)), Set.of(), TODAY);
        assertThat(List.of(review.title(), review.reviewer())).containsExactly("DfE and Red Quadrant review", "DfE and Red Quadrant");
        assertThat(review.summary()).isNull();
        assertThat(review.reportedOn()).isNull();
    }

    private void assertField(List<FindingDraft> findings, String field, String detail) {
        assertField(findings, Set.of(), field, detail);
    }

    private void assertField(List<FindingDraft> findings, Set<String> numbersInUse, String field, String detail) {
        assertRefusedAt(() -> visit(findings, numbersInUse), field, detail);
    }

    private static void assertRefusedAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, refusal -> {
            assertThat(refusal.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
            assertThat(refusal.violations()).extracting("field").containsExactly(field);
            assertThat(refusal.getMessage()).contains(detail);
        });
    }
}
