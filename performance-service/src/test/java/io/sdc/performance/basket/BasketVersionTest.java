package io.sdc.performance.basket;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.sdc.performance.support.Refusals.assertRefused;
import static io.sdc.platform.problem.ProblemType.CONFLICT;
import static io.sdc.platform.problem.ProblemType.NOT_FOUND;
import static io.sdc.platform.problem.ProblemType.VALIDATION_FAILED;
import static org.assertj.core.api.Assertions.assertThat;

/** A basket version's lifecycle and rules, without the service around it. */
class BasketVersionTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final LocalDate COMMENCEMENT = LocalDate.parse("2014-10-01");
    private static final Instant AT = Instant.parse("2015-09-30T10:00:00Z");
    private static final BasketEntry.Terms TERMS = new BasketEntry.Terms(new BigDecimal("38"), COMMENCEMENT, new BigDecimal("25"),
            ToleranceKind.THRESHOLD, new BigDecimal("30"), List.of(new Comparator(Comparator.Kind.NATIONAL, new BigDecimal("24"), "2014/15")));

    @Test
    void theLifecycleIsATableOfAllowedNextSteps() {
        assertThat(BasketStatus.DRAFT.next()).isEqualTo(EnumSet.of(BasketStatus.PROPOSED, BasketStatus.ACTIVE));
        assertThat(BasketStatus.PROPOSED.next()).isEqualTo(EnumSet.of(BasketStatus.DRAFT, BasketStatus.ACTIVE));
        assertThat(BasketStatus.ACTIVE.next()).isEqualTo(EnumSet.of(BasketStatus.SUPERSEDED));
        assertThat(BasketStatus.SUPERSEDED.next()).isEmpty();
        assertThat(EnumSet.allOf(BasketStatus.class)).filteredOn(BasketStatus::inPreparation)
                .containsExactly(BasketStatus.DRAFT, BasketStatus.PROPOSED);
    }

    @Test
    void aDraftCopiesTheVersionInForceAndIsRefusedWhileAnotherIsInPreparation() {
        BasketVersion first = active(1, "2014-10-01");
        BasketVersion second = BasketVersion.draft(CONTRACT, 2, Optional.empty(), Optional.of(first));
        assertThat(second.status()).isEqualTo(BasketStatus.DRAFT);
        assertThat(second.entries()).extracting(BasketEntry::indicatorCode, BasketEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RE-REFERRALS", new BigDecimal("25")));
        assertThat(BasketVersion.draft(CONTRACT, 1, Optional.empty(), Optional.empty()).entries()).isEmpty();

        assertRefused(() -> BasketVersion.draft(CONTRACT, 3, Optional.of(second), Optional.of(first)), CONFLICT,
                "Basket version 2 (" + second.id() + ") is DRAFT", "one basket version in preparation at a time");
        second.propose(UUID.randomUUID());
        assertRefused(() -> BasketVersion.draft(CONTRACT, 3, Optional.of(second), Optional.of(first)), CONFLICT,
                "is PROPOSED", "once its change request is decided");
    }

    @Test
    void onlyADraftsEntriesChangeAndEveryEditIsANewChange() {
        BasketVersion draft = draft(1);
        draft.putEntry("RE-REFERRALS", TERMS, AT);
        Instant first = draft.entriesChangedAt();
        draft.putEntry("RE-REFERRALS", new BasketEntry.Terms(null, null, new BigDecimal("20"), ToleranceKind.MARGIN,
                new BigDecimal("2"), List.of()), AT);
        assertThat(draft.entriesChangedAt()).isAfter(first);
        assertThat(draft.entry("RE-REFERRALS")).get().extracting(BasketEntry::target, BasketEntry::toleranceKind)
                .containsExactly(new BigDecimal("20"), ToleranceKind.MARGIN);
        assertRefused(() -> draft.removeEntry("CP-SECOND-TIME", AT), NOT_FOUND, "indicator in basket version 1", "CP-SECOND-TIME");
        draft.removeEntry("RE-REFERRALS", AT);
        assertThat(draft.entries()).isEmpty();

        BasketVersion proposed = filledDraft(2);
        proposed.propose(UUID.randomUUID());
        assertRefused(() -> proposed.putEntry("RE-REFERRALS", TERMS, AT), CONFLICT, "Basket version 2 is PROPOSED: only a DRAFT can change");
        assertRefused(() -> proposed.removeEntry("RE-REFERRALS", AT), CONFLICT, "only a DRAFT can change");
    }

    @Test
    void aDraftIsProposedByOneChangeRequestAndIsADraftAgainWhenThatOneEnds() {
        BasketVersion draft = filledDraft(2);
        UUID change = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(draft.proposableBy(change)).isTrue();
        draft.propose(change);
        assertThat(draft.status()).isEqualTo(BasketStatus.PROPOSED);
        assertThat(draft.changeRequestId()).isEqualTo(change);
        assertThat(draft.proposedBy(change)).isTrue();
        draft.propose(change);
        assertThat(draft.proposableBy(other)).isFalse();
        assertRefused(() -> draft.propose(other), CONFLICT, "Basket version 2 is PROPOSED",
                "the steps allowed from PROPOSED are DRAFT, ACTIVE");

        draft.returnToDraft();
        assertThat(draft.status()).isEqualTo(BasketStatus.DRAFT);
        assertThat(draft.changeRequestId()).isNull();
        draft.returnToDraft();
        assertThat(draft.status()).isEqualTo(BasketStatus.DRAFT);

        BasketVersion active = active(1, "2014-10-01");
        active.returnToDraft();
        assertThat(active.status()).isEqualTo(BasketStatus.ACTIVE);
        assertRefused(() -> active.propose(change), CONFLICT, "Basket version 1 is ACTIVE", "the steps allowed from ACTIVE are SUPERSEDED");
    }

    @Test
    void theFirstBasketIsPutInForceFromCommencementWhenNoneIs() {
        BasketVersion first = filledDraft(1);
        assertRefused(() -> first.activateFirst(LocalDate.parse("2014-09-30"), Optional.empty(), COMMENCEMENT), VALIDATION_FAILED,
                "cannot take effect before the contract commenced, 2014-10-01");
        assertRefused(() -> first.activateFirst(COMMENCEMENT, Optional.of(active(7, "2014-10-01")), COMMENCEMENT), CONFLICT,
                "Basket version 7 is in force", "through an approved PI basket revision change request");
        assertRefused(() -> draft(2).activateFirst(COMMENCEMENT, Optional.empty(), COMMENCEMENT), CONFLICT,
                "Basket version 2 has no indicators");

        first.activateFirst(COMMENCEMENT, Optional.empty(), COMMENCEMENT);
        assertThat(first.status()).isEqualTo(BasketStatus.ACTIVE);
        assertThat(first.effectiveFrom()).isEqualTo(COMMENCEMENT);
        assertRefused(() -> first.activateFirst(COMMENCEMENT, Optional.empty(), COMMENCEMENT), CONFLICT,
                "Basket version 1 is ACTIVE and cannot be activated", "the steps allowed from ACTIVE are SUPERSEDED");
    }

    @Test
    void aVersionInForceIsSupersededOnlyFromALaterDate() {
        assertRefused(() -> filledDraft(1).supersedeFrom(LocalDate.parse("2016-04-01")), CONFLICT,
                "Basket version 1 is DRAFT, not ACTIVE", "the steps allowed from DRAFT are PROPOSED, ACTIVE");
        BasketVersion first = active(1, "2014-10-01");
        assertRefused(() -> first.supersedeFrom(COMMENCEMENT), CONFLICT,
                "A new basket must take effect after 2014-10-01, when version 1 took effect; not on 2014-10-01");
        first.supersedeFrom(LocalDate.parse("2016-04-01"));
        assertThat(first.status()).isEqualTo(BasketStatus.SUPERSEDED);
        assertThat(first.inForceOn(LocalDate.parse("2014-09-30"))).isFalse();
        assertThat(first.inForceOn(COMMENCEMENT)).isTrue();
        assertThat(first.inForceOn(LocalDate.parse("2016-03-31"))).isTrue();
        assertThat(first.inForceOn(LocalDate.parse("2016-04-01"))).isFalse();
        assertRefused(() -> first.supersedeFrom(LocalDate.parse("2017-04-01")), CONFLICT,
                "Basket version 1 is SUPERSEDED, not ACTIVE", "the steps allowed from SUPERSEDED are none: it is final");
        assertRefused(() -> first.activateFirst(LocalDate.parse("2017-04-01"), Optional.empty(), COMMENCEMENT), CONFLICT,
                "Basket version 1 is SUPERSEDED and cannot be activated", "none: it is final");
    }

    @Test
    void anApprovedChangePutsTheVersionInForceFromItsEffectiveDateOrSaysWhyNot() {
        BasketVersion first = active(1, "2014-10-01");
        BasketVersion revised = filledDraft(2);
        UUID change = UUID.randomUUID();
        LocalDate april = LocalDate.parse("2016-04-01");
        Optional<BasketVersion> inForce = Optional.of(first);

        assertThat(revised.refusalOfChange(UUID.randomUUID(), change, april, inForce)).get().asString()
                .contains("belongs to another contract");
        assertThat(revised.refusalOfChange(CONTRACT, change, COMMENCEMENT, inForce)).get().asString()
                .isEqualTo("The revised basket must take effect after 2014-10-01, when PI basket version 1 took effect, not on "
                        + "2014-10-01: raise a change request with a later effective date");
        assertThat(draft(3).refusalOfChange(CONTRACT, change, april, inForce)).get().asString().contains("has no indicators");
        revised.propose(UUID.randomUUID());
        assertThat(revised.refusalOfChange(CONTRACT, change, april, inForce)).get().asString()
                .contains("is proposed by another change request (" + revised.changeRequestId() + ")");
        revised.returnToDraft();
        assertThat(revised.refusalOfChange(CONTRACT, change, april, inForce)).isEmpty();

        first.supersedeFrom(april);
        revised.activateByChange(change, april);
        assertThat(revised.status()).isEqualTo(BasketStatus.ACTIVE);
        assertThat(revised.changeRequestId()).isEqualTo(change);
        assertThat(revised.effectiveFrom()).isEqualTo(april);
        assertThat(revised.activeFrom(april)).isTrue();
        // The approval delivered again finds it done; any other date is refused.
        assertThat(revised.refusalOfChange(CONTRACT, change, april, Optional.of(revised))).isEmpty();
        assertThat(revised.refusalOfChange(CONTRACT, change, april.plusDays(1), Optional.of(revised))).get().asString()
                .contains("is already ACTIVE from 2016-04-01: draft a new version");
        assertThat(first.refusalOfChange(CONTRACT, change, april, Optional.of(revised))).get().asString()
                .contains("is already SUPERSEDED: draft a new version");
    }

    private static BasketVersion draft(int number) {
        return new BasketVersion(UUID.randomUUID(), CONTRACT, number, Optional.empty());
    }

    private static BasketVersion filledDraft(int number) {
        BasketVersion draft = draft(number);
        draft.putEntry("RE-REFERRALS", TERMS, AT);
        return draft;
    }

    private static BasketVersion active(int number, String from) {
        BasketVersion version = filledDraft(number);
        version.activateFirst(LocalDate.parse(from), Optional.empty(), COMMENCEMENT);
        return version;
    }
}
