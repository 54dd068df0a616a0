package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;

import java.util.Set;
import java.util.stream.Collectors;

/** The guard of a move in a lifecycle table: a step the table does not allow is refused (409), naming the ones it does. */
final class LifecycleStep {

    private LifecycleStep() {
    }

    static <S extends Enum<S>> void require(String what, S from, S to, Set<S> allowed) {
        if (!allowed.contains(to)) {
            String steps = allowed.isEmpty() ? "none: it is final" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.conflict(what + " is " + from + " and cannot become " + to + "; the steps allowed from " + from
                    + " are " + steps);
        }
    }
}
