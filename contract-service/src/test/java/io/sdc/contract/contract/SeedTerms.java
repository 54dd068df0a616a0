package io.sdc.contract.contract;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed's contract as the aggregates' unit tests build it, without Quarkus: commenced 1 October 2014, expiring
 * 30 September 2024, contract years from 1 October and financial years from 1 April.
 */
public final class SeedTerms {

    public static final LocalDate COMMENCEMENT = LocalDate.of(2014, 10, 1);
    public static final LocalDate EXPIRY = LocalDate.of(2024, 9, 30);

    private SeedTerms() {
    }

    public static Contract.Terms terms(LocalDate commencement, LocalDate expiry, List<String> statutoryDirections) {
        return new Contract.Terms("SDC-2014-001", "Service Delivery Contract for Children's Social Care",
                new Party("Doncaster Metropolitan Borough Council", "E08000017"),
                new Party("Doncaster Children's Services Trust", "09133418"),
                commencement, expiry, MonthDay.of(10, 1), MonthDay.of(4, 1), statutoryDirections);
    }

    /** The seed's contract as a draft, with the services transferred at commencement in scope. */
    public static Contract draftContract() {
        Contract contract = new Contract(UUID.randomUUID(), terms(COMMENCEMENT, EXPIRY, List.of("Direction establishing the Trust, 2014")));
        contract.addToScope("referral-and-response", "Referral and Response", COMMENCEMENT, null);
        contract.addToScope("fostering", "Fostering", COMMENCEMENT, null);
        return contract;
    }

    /** The seed's contract, active. */
    public static Contract activeContract() {
        Contract contract = draftContract();
        contract.move(ContractStatus.ACTIVE);
        return contract;
    }

    /** Asserts that the call is refused with a problem of that type and exactly that detail. */
    public static void assertRefused(ThrowingCallable call, ProblemType type, String detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, refusal -> {
            org.assertj.core.api.Assertions.assertThat(refusal.type()).isEqualTo(type);
            org.assertj.core.api.Assertions.assertThat(refusal.getMessage()).isEqualTo(detail);
        });
    }
}
