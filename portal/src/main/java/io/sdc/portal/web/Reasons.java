package io.sdc.portal.web;

import io.sdc.portal.api.Problem;

/**
 * The services' refusal of a step given without its reason, in the portal's words: the field {@code reason} named by
 * the question the form asks ("Enter the reason for returning it") instead of the API's "must not be blank".
 */
public final class Reasons {

    private Reasons() {
    }

    /** The problem with a missing reason asked for in {@code words}; every other violation as the API said it. */
    public static Problem asked(Problem problem, String words) {
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), problem.violations().stream()
                .map(violation -> "reason".equals(violation.field()) && violation.message() != null
                        && (violation.message().startsWith("must not be blank") || violation.message().startsWith("Give a reason"))
                        ? new Problem.Violation("reason", words) : violation)
                .toList());
    }

    /** The body of a request that carries only a reason: the reason without surrounding spaces, or null when none was typed. */
    public static java.util.Map<String, Object> only(String reason) {
        return java.util.Collections.singletonMap("reason", reason == null || reason.isBlank() ? null : reason.strip());
    }
}
