package io.sdc.platform.lifecycle;

import io.sdc.platform.problem.ProblemException;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guard of a step in an aggregate's lifecycle table, the same for every aggregate of every service: a step the
 * table does not allow from where the aggregate stands is refused (409), and the refusal names the steps it does allow.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** "the steps allowed from DRAFT are FINAL", or "... are none: it is final". */
    public static <S extends Enum<S>> String allowedSteps(S from, Set<S> next) {
        return "the steps allowed from " + from + " are "
                + (next.isEmpty() ? "none: it is final" : next.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * Refuses the step from {@code from} to {@code to} unless {@code next}, the steps allowed from {@code from}, holds
     * it: a 409 whose detail is the refusal (what cannot become what), then the {@linkplain #allowedSteps steps allowed}.
     */
    public static <S extends Enum<S>> void requireStep(S from, S to, Set<S> next, Supplier<String> refusal) {
        if (!next.contains(to)) {
            throw ProblemException.conflict(refusal.get() + "; " + allowedSteps(from, next));
        }
    }
}
