package io.sdc.finance.support;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the aggregates' unit tests expect of a refusal: its problem type, its fields, its words. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException catchProblem(ThrowingCallable call) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, call);
        assertThat(problem).as("a refusal").isNotNull();
        return problem;
    }

    /** Refused as not valid (400), naming exactly this field. */
    public static void assertRefused(ThrowingCallable call, String field) {
        ProblemException refusal = catchProblem(call);
        assertThat(refusal.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(refusal.violations()).extracting(Problem.Violation::field).containsExactly(field);
    }

    /** Refused as not valid (400), in these words. */
    public static void assertInvalid(ThrowingCallable call, String message) {
        assertProblem(call, ProblemType.VALIDATION_FAILED, message);
    }

    /** Refused as conflicting with the state it is in (409), in these words. */
    public static void assertConflict(ThrowingCallable call, String message) {
        assertProblem(call, ProblemType.CONFLICT, message);
    }

    private static void assertProblem(ThrowingCallable call, ProblemType type, String message) {
        ProblemException refusal = catchProblem(call);
        assertThat(refusal.type()).isEqualTo(type);
        assertThat(refusal.getMessage()).isEqualTo(message);
    }
}
