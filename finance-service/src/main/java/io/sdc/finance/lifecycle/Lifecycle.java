package io.sdc.finance.lifecycle;

import java.util.Set;
import java.util.stream.Collectors;

/** How a refused lifecycle step names the steps that are allowed, the same for every aggregate of the service. */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** "the steps allowed from DRAFT are FINAL", or "... are none: it is final". */
    public static <S extends Enum<S>> String allowedSteps(S from, Set<S> next) {
        return "the steps allowed from " + from + " are "
                + (next.isEmpty() ? "none: it is final" : next.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}
