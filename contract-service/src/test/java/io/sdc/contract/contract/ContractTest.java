package io.sdc.contract.contract;

import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.sdc.contract.contract.ContractStatus.ACTIVE;
import static io.sdc.contract.contract.ContractStatus.DRAFT;
import static io.sdc.contract.contract.ContractStatus.EXPIRED;
import static io.sdc.contract.contract.ContractStatus.SUSPENDED;
import static io.sdc.contract.contract.ContractStatus.TERMINATED;
import static io.sdc.contract.contract.SeedTerms.COMMENCEMENT;
import static io.sdc.contract.contract.SeedTerms.EXPIRY;
import static io.sdc.contract.contract.SeedTerms.activeContract;
import static io.sdc.contract.contract.SeedTerms.assertRefused;
import static io.sdc.contract.contract.SeedTerms.draftContract;
import static io.sdc.contract.contract.SeedTerms.terms;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract's own rules, without Quarkus: its lifecycle, its terms while a draft, its scope, its years. */
class ContractTest {

    @Test
    void itsLifecycleIsATableOfAllowedNextStatuses() {
        assertThat(DRAFT.next()).containsExactly(ACTIVE);
        assertThat(ACTIVE.next()).containsExactlyInAnyOrder(SUSPENDED, TERMINATED, EXPIRED);
        assertThat(SUSPENDED.next()).containsExactlyInAnyOrder(ACTIVE, TERMINATED);
        assertThat(TERMINATED.next()).isEmpty();
        assertThat(EXPIRED.next()).isEmpty();
    }

    @Test
    void movesOnlyAlongItsLifecycleAndNamesTheAllowedMovesWhenRefusing() {
        Contract contract = draftContract();
        assertThat(contract.status()).isEqualTo(DRAFT);
        assertRefused(() -> contract.move(EXPIRED), ProblemType.CONFLICT, "A DRAFT contract can move to ACTIVE, not EXPIRED");

        contract.move(ACTIVE);
        assertRefused(() -> contract.move(DRAFT), ProblemType.CONFLICT,
                "A ACTIVE contract can move to EXPIRED or SUSPENDED or TERMINATED, not DRAFT");
        contract.move(SUSPENDED);
        contract.move(ACTIVE);
        contract.move(TERMINATED);
        assertThat(contract.status()).isEqualTo(TERMINATED);
        assertRefused(() -> contract.move(ACTIVE), ProblemType.CONFLICT, "A TERMINATED contract can move to no other status, not ACTIVE");
    }

    @Test
    void refusesAnExpiryDateNotAfterTheCommencementDate() {
        assertRefused(() -> new Contract(UUID.randomUUID(), terms(COMMENCEMENT, COMMENCEMENT, null)), ProblemType.VALIDATION_FAILED,
                "The expiry date 2014-10-01 must be after the commencement date 2014-10-01");
        Contract contract = draftContract();
        assertRefused(() -> contract.revise(terms(COMMENCEMENT, COMMENCEMENT.minusDays(1), null)), ProblemType.VALIDATION_FAILED,
                "The expiry date 2014-09-30 must be after the commencement date 2014-10-01");
    }

    @Test
    void revisesItsTermsOnlyWhileADraftKeepingItsStatutoryDirectionsUnlessNewOnesAreGiven() {
        Contract contract = draftContract();
        contract.revise(terms(COMMENCEMENT, LocalDate.of(2019, 9, 30), null));
        assertThat(contract.expiryDate()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(contract.statutoryDirections()).containsExactly("Direction establishing the Trust, 2014");
        contract.revise(terms(COMMENCEMENT, EXPIRY, List.of("Another direction")));
        assertThat(contract.statutoryDirections()).containsExactly("Another direction");

        contract.move(ACTIVE);
        assertRefused(() -> contract.revise(terms(COMMENCEMENT, EXPIRY, null)), ProblemType.CONFLICT,
                "The contract is ACTIVE: its terms are revised only while it is a DRAFT; afterwards it changes through a notifiable change request");
    }

    @Test
    void putsServiceAreasInADraftsScopeWithinTheTermAndNeverTwiceAtOnce() {
        Contract contract = draftContract();
        assertRefused(() -> contract.addToScope("adoption", "Adoption", COMMENCEMENT.minusDays(1), null), ProblemType.VALIDATION_FAILED,
                "A service area's in-scope-from date must fall within the contract's term (2014-10-01 to 2024-09-30), not 2014-09-30");
        assertRefused(() -> contract.addToScope("adoption", "Adoption", LocalDate.of(2015, 4, 1), LocalDate.of(2015, 3, 31)),
                ProblemType.VALIDATION_FAILED, "A service area's in-scope-to date 2015-03-31 is before its in-scope-from date 2015-04-01");
        assertRefused(() -> contract.addToScope("fostering", "Fostering", LocalDate.of(2016, 4, 1), null), ProblemType.CONFLICT,
                "The service area fostering is already in scope for part of that period");

        ServiceArea adoption = contract.addToScope("adoption", "Adoption", COMMENCEMENT, LocalDate.of(2015, 3, 31));
        assertThat(adoption.contractId()).isEqualTo(contract.id());
        contract.addToScope("adoption", "Adoption", LocalDate.of(2016, 4, 1), null);
        assertThat(contract.scopeOn(LocalDate.of(2015, 6, 1))).extracting(ServiceArea::code)
                .containsExactly("fostering", "referral-and-response");
        assertThat(contract.scopeOn(LocalDate.of(2016, 4, 1))).extracting(ServiceArea::code)
                .containsExactly("adoption", "fostering", "referral-and-response");

        contract.move(ACTIVE);
        assertRefused(() -> contract.addToScope("youth-offending", "Youth Offending", COMMENCEMENT, null), ProblemType.CONFLICT,
                "The contract is ACTIVE: the scope is set only while it is a DRAFT; afterwards it changes through a notifiable change request");
    }

    @Test
    void correctsAServiceAreaOfADraftsScopeKeepingItsCodeWithinTheTermAndWithoutOverlap() {
        Contract contract = draftContract();
        ServiceArea adoption = contract.addToScope("adoption", "Adopton", COMMENCEMENT.plusYears(1), null);
        contract.addToScope("adoption", "Adoption", COMMENCEMENT, COMMENCEMENT.plusMonths(6));

        assertRefused(() -> contract.correctScope(adoption.id(), "fostering", "Adoption", COMMENCEMENT.plusYears(1), null),
                ProblemType.VALIDATION_FAILED, "A service area's code cannot change: this one is adoption");
        assertRefused(() -> contract.correctScope(adoption.id(), "adoption", "Adoption", COMMENCEMENT.minusDays(1), null),
                ProblemType.VALIDATION_FAILED, "A service area's in-scope-from date must fall within the contract's term (2014-10-01 to "
                        + "2024-09-30), not 2014-09-30");
        assertRefused(() -> contract.correctScope(adoption.id(), "adoption", "Adoption", COMMENCEMENT.plusMonths(3), null),
                ProblemType.CONFLICT, "The service area adoption is already in scope for part of that period");
        UUID unknown = UUID.randomUUID();
        assertRefused(() -> contract.correctScope(unknown, "adoption", "Adoption", COMMENCEMENT, null), ProblemType.NOT_FOUND,
                "No service area of contract " + contract.id() + " with id " + unknown);

        contract.correctScope(adoption.id(), "adoption", "Adoption", COMMENCEMENT.plusMonths(7), null);
        assertThat(contract.scopeArea(adoption.id())).satisfies(area -> {
            assertThat(area.name()).isEqualTo("Adoption");
            assertThat(area.inScopeFrom()).isEqualTo(COMMENCEMENT.plusMonths(7));
        });
        contract.move(ACTIVE);
        assertRefused(() -> contract.correctScope(adoption.id(), "adoption", "Adoption", COMMENCEMENT.plusYears(1), null),
                ProblemType.CONFLICT, "The contract is ACTIVE: its scope is corrected only while it is a DRAFT; afterwards it changes "
                        + "through a notifiable change request");
    }

    @Test
    void transfersServiceAreasInAndOutFromTheirEffectiveDate() {
        Contract contract = activeContract();
        LocalDate april = LocalDate.of(2016, 4, 1);
        contract.transferIn("children-with-disability", "Children with Disability", april);
        assertThat(contract.scopeOn(april.minusDays(1))).extracting(ServiceArea::code).doesNotContain("children-with-disability");
        assertThat(contract.scopeOn(april)).extracting(ServiceArea::code).contains("children-with-disability");
        assertRefused(() -> contract.transferIn("fostering", "Fostering", april), ProblemType.CONFLICT,
                "The service area fostering is already in scope on 2016-04-01");
        assertRefused(() -> contract.transferIn("adoption", "Adoption", EXPIRY.plusDays(1)), ProblemType.VALIDATION_FAILED,
                "A service area's in-scope-from date must fall within the contract's term (2014-10-01 to 2024-09-30), not 2024-10-01");

        ServiceArea fostering = contract.transferOut("fostering", april);
        assertThat(fostering.inScopeTo()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(contract.scopeOn(april)).extracting(ServiceArea::code).doesNotContain("fostering");
        assertRefused(() -> contract.transferOut("fostering", april), ProblemType.CONFLICT,
                "The service area fostering is not in scope on 2016-04-01");
    }

    @Test
    void recordsEachStatutoryDirectionOnce() {
        Contract contract = activeContract();
        contract.recordStatutoryDirection("Further direction, 2016");
        contract.recordStatutoryDirection("Further direction, 2016");
        assertThat(contract.statutoryDirections()).containsExactly("Direction establishing the Trust, 2014", "Further direction, 2016");
    }

    @Test
    void knowsItsTermItsContractYearsAndItsFinancialYears() {
        Contract contract = draftContract();
        assertThat(contract.withinTerm(COMMENCEMENT)).isTrue();
        assertThat(contract.withinTerm(EXPIRY.plusDays(1))).isFalse();
        contract.requireWithinTerm("effective date", EXPIRY);
        assertRefused(() -> contract.requireWithinTerm("effective date", COMMENCEMENT.minusDays(1)), ProblemType.VALIDATION_FAILED,
                "The effective date 2014-09-30 must fall within the contract's term, 2014-10-01 to 2024-09-30");

        LocalDate reviewDay = LocalDate.of(2015, 11, 12);
        assertThat(contract.contractYearOn(reviewDay)).isEqualTo(new YearPeriod("2015/16", LocalDate.of(2015, 10, 1), LocalDate.of(2016, 9, 30)));
        assertThat(contract.financialYearOn(reviewDay)).isEqualTo(new YearPeriod("2015/16", LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)));
        assertThat(contract.contractYear("2014/15")).isEqualTo(new YearPeriod("2014/15", COMMENCEMENT, LocalDate.of(2015, 9, 30)));
        assertThat(contract.contractYear("2023/24").end()).isEqualTo(EXPIRY);
        for (String notAYear : new String[] {"2013/14", "2024/25", "2014/16", "2014", "this year"}) {
            assertRefused(() -> contract.contractYear(notAYear), ProblemType.VALIDATION_FAILED,
                    "The contract year " + notAYear + " is not a year of this contract, whose term is 2014-10-01 to 2024-09-30");
        }
    }
}
