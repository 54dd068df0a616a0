package io.sdc.contract.review;

import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.sdc.contract.contract.SeedTerms.activeContract;
import static io.sdc.contract.contract.SeedTerms.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The annual review's own rules, without Quarkus: one of a year of its contract, its budget whole or absent. */
class AnnualReviewTest {

    private static final Attendee DIRECTOR = new Attendee("Damian Allen", "Director of Children's Services, DMBC", ContractParty.COUNCIL);
    private static final Attendee CHIEF_EXECUTIVE = new Attendee("Paul Moffat", "Chief Executive, DCST", ContractParty.TRUST);
    private static final List<Attendee> ATTENDEES = List.of(DIRECTOR, CHIEF_EXECUTIVE);

    private final Contract contract = activeContract();

    @Test
    void recordsTheReviewOfAContractYearOfItsContract() {
        List<String> priorities = new ArrayList<>(List.of("Reforming the Early Help system"));
        AnnualReview review = new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(Money.of("42200000.00"), "2016/17", priorities));
        priorities.add("Added afterwards");

        assertThat(review.contractId()).isEqualTo(contract.id());
        assertThat(review.isOf(contract.id())).isTrue();
        assertThat(review.isOf(UUID.randomUUID())).isFalse();
        assertThat(review.contractYear()).isEqualTo("2014/15");
        assertThat(review.budgetConfirmedInPrinciple()).isEqualTo(Money.of("42200000.00"));
        assertThat(review.budgetFinancialYear()).isEqualTo("2016/17");
        assertThat(review.strategicPriorities()).containsExactly("Reforming the Early Help system");
        assertThat(review.areasOfJointFocus()).containsExactly("Closer joint working on the Virtual School");
        assertThat(review.attendees()).containsExactly(DIRECTOR, CHIEF_EXECUTIVE);
        assertThat(new AnnualReview(UUID.randomUUID(), contract, "2015/16", record(null, null, List.of())).budgetConfirmedInPrinciple())
                .isNull();
    }

    @Test
    void refusesAYearThatIsNotOneOfItsContract() {
        for (String year : new String[] {"2013/14", "2024/25", "2014/16"}) {
            assertRefused(() -> new AnnualReview(UUID.randomUUID(), contract, year, record(null, null, List.of())), ProblemType.VALIDATION_FAILED,
                    "The contract year " + year + " is not a year of this contract, whose term is 2014-10-01 to 2024-09-30");
        }
    }

    @Test
    void refusesABudgetWithoutItsAmountOrItsFinancialYear() {
        String detail = "The budget confirmed in principle names both its amount and its financial year";
        assertRefused(() -> new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(Money.of("42200000.00"), null, List.of())),
                ProblemType.VALIDATION_FAILED, detail);
        assertRefused(() -> new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(null, "2016/17", List.of())),
                ProblemType.VALIDATION_FAILED, detail);
    }

    @Test
    void recordsWhoAttendedForEachPartyAndRefusesAReviewWithoutSomeoneForBoth() {
        assertRefused(() -> new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(null, null, List.of(), List.of(DIRECTOR))),
                ProblemType.VALIDATION_FAILED, "An annual review records who attended for each party: name at least one attendee for the TRUST");
        assertRefused(() -> new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(null, null, List.of(), List.of(CHIEF_EXECUTIVE))),
                ProblemType.VALIDATION_FAILED, "An annual review records who attended for each party: name at least one attendee for the COUNCIL");
    }

    @Test
    void isCorrectedKeepingTheContractYearItReviews() {
        AnnualReview review = new AnnualReview(UUID.randomUUID(), contract, "2014/15", record(null, null, List.of()));
        Attendee chair = new Attendee("Colin Hilton", "Chair, DCST", ContractParty.TRUST);
        assertRefused(() -> review.correct("2015/16", record(null, null, List.of())), ProblemType.VALIDATION_FAILED,
                "An annual review's contract year cannot change: this one reviews 2014/15");
        assertRefused(() -> review.correct("2014/15", record(null, null, List.of(), List.of(chair))), ProblemType.VALIDATION_FAILED,
                "An annual review records who attended for each party: name at least one attendee for the COUNCIL");
        assertThat(review.attendees()).containsExactly(DIRECTOR, CHIEF_EXECUTIVE);

        review.correct("2014/15", record(Money.of("42200000.00"), "2016/17", List.of("Improving quality of practice"),
                List.of(DIRECTOR, CHIEF_EXECUTIVE, chair)));
        assertThat(review.contractYear()).isEqualTo("2014/15");
        assertThat(review.budgetConfirmedInPrinciple()).isEqualTo(Money.of("42200000.00"));
        assertThat(review.strategicPriorities()).containsExactly("Improving quality of practice");
        assertThat(review.attendees()).containsExactly(DIRECTOR, CHIEF_EXECUTIVE, chair);
    }

    private static AnnualReview.Record record(Money budget, String financialYear, List<String> priorities) {
        return record(budget, financialYear, priorities, ATTENDEES);
    }

    private static AnnualReview.Record record(Money budget, String financialYear, List<String> priorities, List<Attendee> attendees) {
        return new AnnualReview.Record(LocalDate.of(2015, 12, 9), "Performance is improving or stable.", budget, financialYear,
                priorities, List.of("Closer joint working on the Virtual School"), attendees);
    }
}
