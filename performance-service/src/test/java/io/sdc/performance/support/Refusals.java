package io.sdc.performance.support;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts that a rule refuses a call with a problem of a type, its detail saying each of the given things. */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable call, ProblemType type, String... detail) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, refusal -> {
            org.assertj.core.api.Assertions.assertThat(refusal.type()).isEqualTo(type);
            org.assertj.core.api.Assertions.assertThat(refusal.getMessage()).contains(detail);
        });
    }
}
