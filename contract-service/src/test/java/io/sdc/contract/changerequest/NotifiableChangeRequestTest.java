package io.sdc.contract.changerequest;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractParty;
import io.sdc.contract.contract.ServiceArea;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static io.sdc.contract.changerequest.ChangeRequestStatus.AGREED_IN_PRINCIPLE;
import static io.sdc.contract.changerequest.ChangeRequestStatus.APPROVED;
import static io.sdc.contract.changerequest.ChangeRequestStatus.DRAFT;
import static io.sdc.contract.changerequest.ChangeRequestStatus.IMPLEMENTED;
import static io.sdc.contract.changerequest.ChangeRequestStatus.REJECTED;
import static io.sdc.contract.changerequest.ChangeRequestStatus.SUBMITTED;
import static io.sdc.contract.changerequest.ChangeRequestStatus.WITHDRAWN;
import static io.sdc.contract.contract.SeedTerms.activeContract;
import static io.sdc.contract.contract.SeedTerms.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The change request's own rules, without Quarkus: its proposal, its lifecycle, who may take which step, and the
 * two parties' signatures that agree it in principle.
 */
class NotifiableChangeRequestTest {

    private static final LocalDate APRIL_2016 = LocalDate.of(2016, 4, 1);
    private static final Set<RaisingParty> COUNCIL = EnumSet.of(RaisingParty.COMMISSIONER);
    private static final Set<RaisingParty> TRUST = EnumSet.of(RaisingParty.PROVIDER);
    private static final Set<RaisingParty> EITHER = EnumSet.allOf(RaisingParty.class);
    private static final LocalDate REVIEW_DAY = LocalDate.of(2015, 12, 9);
    private static final LocalDate TODAY = LocalDate.of(2016, 1, 10);
    private static final Instant SIGNED_AT = Instant.parse("2016-01-10T09:00:00Z");

    private final Contract contract = activeContract();

    @Test
    void itsLifecycleIsATableOfAllowedNextSteps() {
        assertThat(DRAFT.next()).containsExactlyInAnyOrder(SUBMITTED, WITHDRAWN);
        assertThat(SUBMITTED.next()).containsExactlyInAnyOrder(AGREED_IN_PRINCIPLE, REJECTED, WITHDRAWN);
        assertThat(AGREED_IN_PRINCIPLE.next()).containsExactlyInAnyOrder(APPROVED, REJECTED, WITHDRAWN);
        assertThat(APPROVED.next()).containsExactly(IMPLEMENTED);
        assertThat(IMPLEMENTED.next()).isEmpty();
        assertThat(REJECTED.next()).isEmpty();
        assertThat(WITHDRAWN.next()).isEmpty();
    }

    @Test
    void isRaisedAsADraftWithItsFirstStepAndAReferenceFromItsNumber() {
        NotifiableChangeRequest change = raise(governance(APRIL_2016), RaisingParty.PROVIDER);
        assertThat(change.status()).isEqualTo(DRAFT);
        assertThat(change.reference()).isEqualTo("NCR-3");
        assertThat(change.contractId()).isEqualTo(contract.id());
        assertThat(change.transitions()).singleElement().satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(DRAFT);
            assertThat(step.actor()).isEqualTo("a.user");
        });
    }

    @Test
    void refusesAProposalOutsideTheTermOrMissingWhatItsTypeNeeds() {
        assertRefused(() -> raise(governance(LocalDate.of(2014, 9, 30)), RaisingParty.COMMISSIONER), ProblemType.VALIDATION_FAILED,
                "The effective date 2014-09-30 must fall within the contract's term, 2014-10-01 to 2024-09-30");
        assertRefused(() -> raise(proposal(ChangeRequestType.SERVICE_TRANSFER_IN, APRIL_2016, null, null, null), RaisingParty.COMMISSIONER),
                ProblemType.VALIDATION_FAILED, "A service transfer names the service area: serviceArea.code and serviceArea.name");
        assertRefused(() -> raise(proposal(ChangeRequestType.PI_BASKET_REVISION, APRIL_2016, null, null, null), RaisingParty.COMMISSIONER),
                ProblemType.VALIDATION_FAILED, "A PI basket revision references the proposed basket version: basketVersionId");
        assertRefused(() -> raise(proposal(ChangeRequestType.BUDGET_VARIATION, APRIL_2016, null, null, null), RaisingParty.COMMISSIONER),
                ProblemType.VALIDATION_FAILED, "A budget variation names budget.financialYear, budget.line and budget.amount");
        NotifiableChangeRequest budget = raise(budgetVariation(), RaisingParty.PROVIDER);
        assertThat(budget.budgetAmount()).isEqualTo(Money.of("348000.00"));
    }

    @Test
    void aDraftIsRevisedOnlyByItsPartyWithinTheTermKeepingItsType() {
        NotifiableChangeRequest change = raise(governance(APRIL_2016), RaisingParty.PROVIDER);
        assertRefused(() -> change.revise(COUNCIL, contract, governance(APRIL_2016)), ProblemType.FORBIDDEN,
                "Only the party that raised a change request may edit it; this one was raised by the PROVIDER");
        assertRefused(() -> change.revise(TRUST, contract, governance(LocalDate.of(2024, 10, 1))), ProblemType.VALIDATION_FAILED,
                "The effective date 2024-10-01 must fall within the contract's term, 2014-10-01 to 2024-09-30");
        assertRefused(() -> change.revise(TRUST, contract, budgetVariation()), ProblemType.VALIDATION_FAILED,
                "A change request's type cannot change: it is GOVERNANCE");

        change.revise(TRUST, contract, governance(LocalDate.of(2016, 10, 1)));
        assertThat(change.effectiveDate()).isEqualTo(LocalDate.of(2016, 10, 1));
        change.revise(EITHER, contract, governance(APRIL_2016));
        assertThat(change.effectiveDate()).isEqualTo(APRIL_2016);

        change.submit(TRUST, step("Submitted"));
        assertRefused(() -> change.revise(TRUST, contract, governance(APRIL_2016)), ProblemType.CONFLICT,
                "Only a DRAFT change request can be edited; this one is SUBMITTED");
    }

    @Test
    void onlyItsPartyOrAnAdministratorSubmitsOrWithdrawsIt() {
        NotifiableChangeRequest change = raise(governance(APRIL_2016), RaisingParty.PROVIDER);
        assertRefused(() -> change.submit(COUNCIL, step(null)), ProblemType.FORBIDDEN,
                "Only the party that raised a change request may submit it; this one was raised by the PROVIDER");
        assertRefused(() -> change.withdraw(COUNCIL, step(null)), ProblemType.FORBIDDEN,
                "Only the party that raised a change request may withdraw it; this one was raised by the PROVIDER");
        change.submit(EITHER, step(null));
        change.withdraw(TRUST, step("Balanced within the year"));
        assertThat(change.status()).isEqualTo(WITHDRAWN);
    }

    @Test
    void refusesAStepTheLifecycleDoesNotAllowNamingTheAllowedOnes() {
        NotifiableChangeRequest change = raise(governance(APRIL_2016), RaisingParty.COMMISSIONER);
        assertRefused(() -> change.approve(step(null)), ProblemType.CONFLICT,
                "A DRAFT change request cannot become APPROVED; the steps allowed from DRAFT are SUBMITTED, WITHDRAWN");
        assertRefused(() -> change.sign(council(null), TODAY), ProblemType.CONFLICT,
                "Only a SUBMITTED change request can be signed; this one is DRAFT");
        assertRefused(() -> change.reject(step(null)), ProblemType.CONFLICT,
                "A DRAFT change request cannot become REJECTED; the steps allowed from DRAFT are SUBMITTED, WITHDRAWN");
        assertRefused(() -> change.applyTo(contract, APRIL_2016), ProblemType.CONFLICT,
                "A DRAFT change request cannot become IMPLEMENTED; the steps allowed from DRAFT are SUBMITTED, WITHDRAWN");

        change.submit(COUNCIL, step(null));
        change.reject(step("Not affordable"));
        assertThat(change.status()).isEqualTo(REJECTED);
        assertRefused(() -> change.withdraw(COUNCIL, step(null)), ProblemType.CONFLICT,
                "A REJECTED change request cannot become WITHDRAWN; the steps allowed from REJECTED are none: it is final");
        assertRefused(() -> change.submit(COUNCIL, step(null)), ProblemType.CONFLICT,
                "A REJECTED change request cannot become SUBMITTED; the steps allowed from REJECTED are none: it is final");
    }

    @Test
    void aChangeInconsistentWithTheStatutoryDirectionIsApprovedOnlyOnceTheFurtherDirectionIsRecorded() {
        NotifiableChangeRequest change = raise(cwdTransfer(), RaisingParty.COMMISSIONER);
        assertRefused(() -> change.recordStatutoryDirection("Further direction, 2016", contract), ProblemType.CONFLICT,
                "A statutory direction is recorded on a SUBMITTED or AGREED_IN_PRINCIPLE change request; this one is DRAFT");
        change.submit(COUNCIL, step(null));
        signByBoth(change);
        assertThat(change.agreedOn()).isEqualTo(REVIEW_DAY);
        assertThat(change.signatureOf(ContractParty.TRUST)).get().extracting(ChangeRequestSignature::position)
                .isEqualTo("Chief Executive, DCST");
        assertRefused(() -> change.approve(step(null)), ProblemType.CONFLICT,
                "This change is inconsistent with the statutory direction: record the further statutory direction's reference before approving it");

        change.recordStatutoryDirection("Further direction, 2016", contract);
        assertThat(change.statutoryDirectionReference()).isEqualTo("Further direction, 2016");
        assertThat(contract.statutoryDirections()).contains("Further direction, 2016");
        change.approve(step("Cabinet decision"));
        assertThat(change.status()).isEqualTo(APPROVED);
        assertRefused(() -> change.recordStatutoryDirection("Another", contract), ProblemType.CONFLICT,
                "A statutory direction is recorded on a SUBMITTED or AGREED_IN_PRINCIPLE change request; this one is APPROVED");
    }

    @Test
    void isImplementedOnOrAfterItsEffectiveDateChangingTheScopeAndRecordingEveryStep() {
        NotifiableChangeRequest change = approved(cwdTransfer());
        assertRefused(() -> change.applyTo(contract, APRIL_2016.minusDays(1)), ProblemType.CONFLICT,
                "This change takes effect on 2016-04-01 and cannot be implemented before then");
        assertRefused(() -> change.implement(APRIL_2016.minusDays(1), 2, step(null)), ProblemType.CONFLICT,
                "This change takes effect on 2016-04-01 and cannot be implemented before then");
        assertThat(contract.scopeOn(APRIL_2016)).extracting(ServiceArea::code).doesNotContain("children-with-disability");

        change.applyTo(contract, APRIL_2016);
        assertThat(contract.scopeOn(APRIL_2016)).extracting(ServiceArea::code).contains("children-with-disability");
        assertThat(change.variationSummary())
                .isEqualTo("NCR-3 Transfer of the Children with Disability service: children-with-disability in scope from 2016-04-01");
        change.implement(APRIL_2016, 2, step(null));
        assertThat(change.status()).isEqualTo(IMPLEMENTED);
        assertThat(change.variationNumber()).isEqualTo(2);
        assertThat(change.transitions()).extracting(ChangeRequestTransition::to)
                .containsExactly(DRAFT, SUBMITTED, SUBMITTED, AGREED_IN_PRINCIPLE, APPROVED, IMPLEMENTED);
        assertThat(change.latestStep().from()).isEqualTo(APPROVED);
        assertRefused(() -> change.implement(APRIL_2016, 3, step(null)), ProblemType.CONFLICT,
                "A IMPLEMENTED change request cannot become IMPLEMENTED; the steps allowed from IMPLEMENTED are none: it is final");
    }

    @Test
    void aTransferOutEndsTheAreasScopeTheDayBeforeAndOtherChangesLeaveTheScopeAlone() {
        NotifiableChangeRequest out = approved(proposal(ChangeRequestType.SERVICE_TRANSFER_OUT, APRIL_2016, "fostering", "Fostering", null));
        out.applyTo(contract, APRIL_2016);
        assertThat(contract.scopeOn(APRIL_2016.minusDays(1))).extracting(ServiceArea::code).contains("fostering");
        assertThat(contract.scopeOn(APRIL_2016)).extracting(ServiceArea::code).doesNotContain("fostering");
        assertThat(out.variationSummary()).endsWith(": fostering out of scope from 2016-04-01");

        NotifiableChangeRequest governance = approved(governance(APRIL_2016));
        int areas = contract.scope().size();
        governance.applyTo(contract, APRIL_2016.plusYears(1));
        assertThat(contract.scope()).hasSize(areas);
        assertThat(governance.variationSummary()).isEqualTo("NCR-3 Operational lead for the Corporate Parenting Board");
    }

    @Test
    void keepsTheFirstImplementationFailureOfAnApprovedChangeOfTheKindTheServiceApplies() {
        NotifiableChangeRequest change = raise(budgetVariation(), RaisingParty.PROVIDER);
        Instant at = Instant.parse("2016-02-01T10:00:00Z");
        assertThatThrownBy(() -> change.recordImplementationFailure("performance-service", ChangeRequestType.PI_BASKET_REVISION, "x", at))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applies only a PI_BASKET_REVISION");
        assertThatThrownBy(() -> change.recordImplementationFailure("finance-service", ChangeRequestType.BUDGET_VARIATION, "x", at))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only an approved change can fail to be implemented");

        change.submit(TRUST, step(null));
        signByBoth(change);
        change.approve(step(null));
        assertThat(change.recordImplementationFailure("finance-service", ChangeRequestType.BUDGET_VARIATION, "No budget for 2015/16", at))
                .isTrue();
        assertThat(change.recordImplementationFailure("finance-service", ChangeRequestType.BUDGET_VARIATION, "Another reason", at.plusSeconds(60)))
                .isFalse();
        assertThat(change.status()).isEqualTo(APPROVED);
        assertThat(change.implementationFailedService()).isEqualTo("finance-service");
        assertThat(change.implementationFailureReason()).isEqualTo("No budget for 2015/16");
        assertThat(change.implementationFailureRecordedAt()).isEqualTo(at);
        assertLatestStep(change, APPROVED, APPROVED, "finance-service", "system",
                "finance-service could not implement this change: No budget for 2015/16");
        assertThat(change.transitions()).hasSize(6);
    }

    @Test
    void theCouncilsSignatureAloneLeavesItSubmittedAwaitingTheTrust() {
        NotifiableChangeRequest change = submitted();
        assertThat(change.awaitingParties()).containsExactly(ContractParty.COUNCIL, ContractParty.TRUST);

        assertThat(change.sign(council(null), TODAY)).isFalse();

        assertThat(change.status()).isEqualTo(SUBMITTED);
        assertThat(change.awaitingParties()).containsExactly(ContractParty.TRUST);
        assertThat(change.agreedOn()).isNull();
        assertThat(change.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.party()).isEqualTo(ContractParty.COUNCIL);
            assertThat(signature.name()).isEqualTo("d.allen");
            assertThat(signature.role()).isEqualTo("commissioner");
            assertThat(signature.position()).isEqualTo("Director of People");
            assertThat(signature.signedAt()).isEqualTo(SIGNED_AT);
            assertThat(signature.signedOn()).isEqualTo(REVIEW_DAY);
            assertThat(signature.comment()).isEqualTo("Agreed at the Annual Contract Review");
        });
        assertLatestStep(change, SUBMITTED, SUBMITTED, "d.allen", "commissioner",
                "Signed for the COUNCIL as Director of People: Agreed at the Annual Contract Review");
    }

    @Test
    void aPartySignsOnceSoTheCouncilCannotSignForTheTrust() {
        NotifiableChangeRequest change = submitted();
        change.sign(council(null), TODAY);

        assertRefused(() -> change.sign(new ChangeRequestSignature.Signing(ContractParty.COUNCIL, "j.miller", "commissioner",
                        "Chief Executive, DMBC", SIGNED_AT, REVIEW_DAY, null, null), TODAY), ProblemType.CONFLICT,
                "The COUNCIL has already signed this change request: d.allen (Director of People), as commissioner, at "
                        + SIGNED_AT + "; a party signs once");
        assertThat(change.signatures()).hasSize(1);
        assertThat(change.status()).isEqualTo(SUBMITTED);
    }

    @Test
    void theSecondPartysSignatureAgreesItInPrincipleInOneStepNamingBothSignatories() {
        NotifiableChangeRequest change = submitted();
        UUID review = UUID.randomUUID();
        assertThat(change.sign(trust(review), TODAY)).isFalse();
        assertThat(change.awaitingParties()).containsExactly(ContractParty.COUNCIL);

        assertThat(change.sign(council(review), TODAY)).isTrue();

        assertThat(change.status()).isEqualTo(AGREED_IN_PRINCIPLE);
        assertThat(change.awaitingParties()).isEmpty();
        assertThat(change.annualReviewId()).isEqualTo(review);
        assertThat(change.agreedOn()).isEqualTo(REVIEW_DAY);
        assertThat(change.signatures()).extracting(ChangeRequestSignature::party)
                .containsExactly(ContractParty.TRUST, ContractParty.COUNCIL);
        assertLatestStep(change, SUBMITTED, AGREED_IN_PRINCIPLE, "d.allen and p.moffat", "commissioner and trust-finance",
                "Signed for the COUNCIL as Director of People: Agreed at the Annual Contract Review. "
                        + "Both parties have signed: agreed in principle");
        assertRefused(() -> change.sign(trust(review), TODAY), ProblemType.CONFLICT,
                "Only a SUBMITTED change request can be signed; this one is AGREED_IN_PRINCIPLE");
    }

    @Test
    void refusesASignatureDatedAfterTodayOrAtAnotherReviewThanTheOtherPartys() {
        NotifiableChangeRequest change = submitted();
        assertRefused(() -> change.sign(new ChangeRequestSignature.Signing(ContractParty.COUNCIL, "d.allen", "commissioner", null,
                        SIGNED_AT, TODAY.plusDays(1), null, null), TODAY), ProblemType.VALIDATION_FAILED,
                "A signature's date, signedOn 2016-01-11, cannot be after today, 2016-01-10");
        UUID review = UUID.randomUUID();
        change.sign(council(review), TODAY);
        UUID another = UUID.randomUUID();
        assertRefused(() -> change.sign(trust(another), TODAY), ProblemType.CONFLICT,
                "The COUNCIL signed this change request at the annual review " + review + "; a signature names that review or none");
        assertThat(change.sign(trust(null), TODAY)).isTrue();
        assertThat(change.annualReviewId()).isEqualTo(review);
    }

    @Test
    void aRejectedOrWithdrawnChangeIsSignedByNoOne() {
        NotifiableChangeRequest change = submitted();
        change.sign(council(null), TODAY);
        change.reject(new ChangeRequestTransition.Step("d.allen", "commissioner", SIGNED_AT, null, "Not affordable this year"));
        assertThat(change.latestStep().reason()).isEqualTo("Not affordable this year");
        assertThat(change.awaitingParties()).isEmpty();
        assertRefused(() -> change.sign(trust(null), TODAY), ProblemType.CONFLICT,
                "Only a SUBMITTED change request can be signed; this one is REJECTED");
    }

    private NotifiableChangeRequest submitted() {
        NotifiableChangeRequest change = raise(governance(APRIL_2016), RaisingParty.PROVIDER);
        change.submit(TRUST, step(null));
        return change;
    }

    /** The change's latest step went from {@code from} to {@code to}, taken by that actor in that role, with that comment. */
    private static void assertLatestStep(NotifiableChangeRequest change, ChangeRequestStatus from, ChangeRequestStatus to,
                                         String actor, String role, String comment) {
        assertThat(change.latestStep()).satisfies(step -> {
            assertThat(step.from()).isEqualTo(from);
            assertThat(step.to()).isEqualTo(to);
            assertThat(step.actor()).isEqualTo(actor);
            assertThat(step.role()).isEqualTo(role);
            assertThat(step.comment()).isEqualTo(comment);
        });
    }

    /** The council's and then the trust's signature, given at the review. */
    private static void signByBoth(NotifiableChangeRequest change) {
        change.sign(council(null), TODAY);
        change.sign(trust(null), TODAY);
    }

    private static ChangeRequestSignature.Signing council(UUID review) {
        return new ChangeRequestSignature.Signing(ContractParty.COUNCIL, "d.allen", "commissioner", "Director of People", SIGNED_AT,
                REVIEW_DAY, "Agreed at the Annual Contract Review", review);
    }

    private static ChangeRequestSignature.Signing trust(UUID review) {
        return new ChangeRequestSignature.Signing(ContractParty.TRUST, "p.moffat", "trust-finance", "Chief Executive, DCST", SIGNED_AT,
                REVIEW_DAY, null, review);
    }

    private NotifiableChangeRequest raise(NotifiableChangeRequest.Proposal proposal, RaisingParty party) {
        return new NotifiableChangeRequest(UUID.randomUUID(), contract, 3, party, proposal, step(null));
    }

    /** Raised by the council and taken to APPROVED. */
    private NotifiableChangeRequest approved(NotifiableChangeRequest.Proposal proposal) {
        NotifiableChangeRequest change = raise(proposal, RaisingParty.COMMISSIONER);
        change.submit(COUNCIL, step(null));
        signByBoth(change);
        if (change.requiresStatutoryDirection()) {
            change.recordStatutoryDirection("Further direction, 2016", contract);
        }
        change.approve(step(null));
        return change;
    }

    private static ChangeRequestTransition.Step step(String comment) {
        return new ChangeRequestTransition.Step("a.user", "commissioner", Instant.parse("2016-01-10T09:00:00Z"), comment);
    }

    private static NotifiableChangeRequest.Proposal governance(LocalDate effectiveDate) {
        return proposal(ChangeRequestType.GOVERNANCE, effectiveDate, null, null, null);
    }

    private static NotifiableChangeRequest.Proposal cwdTransfer() {
        return new NotifiableChangeRequest.Proposal(ChangeRequestType.SERVICE_TRANSFER_IN, "Transfer of the Children with Disability service",
                "Closer alignment", APRIL_2016, Money.of("-111000.00"), true, "children-with-disability", "Children with Disability",
                null, null, null, null);
    }

    private static NotifiableChangeRequest.Proposal budgetVariation() {
        return proposal(ChangeRequestType.BUDGET_VARIATION, APRIL_2016, null, null, Money.of("348000.00"));
    }

    private static NotifiableChangeRequest.Proposal proposal(ChangeRequestType type, LocalDate effectiveDate, String areaCode,
                                                             String areaName, Money budgetAmount) {
        return new NotifiableChangeRequest.Proposal(type, "Operational lead for the Corporate Parenting Board", "Transfer of responsibility",
                effectiveDate, null, false, areaCode, areaName, null,
                budgetAmount == null ? null : "2015/16", budgetAmount == null ? null : "placements", budgetAmount);
    }
}
