package io.sdc.portal.api;

/**
 * A page could not be shown because a service refused to read something for it (not found, not allowed): answered
 * with the matching error page. Forms do not throw this: they show the refusal beside the fields
 * ({@code FormErrors}).
 */
public class ApiRefusal extends RuntimeException {

    private final Problem problem;

    public ApiRefusal(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The answer when the service succeeded; otherwise the error page for its refusal. */
    public static ApiAnswer orRefuse(ApiAnswer answer) {
        if (!answer.succeeded()) {
            throw new ApiRefusal(answer.problem().orElseThrow());
        }
        return answer;
    }
}
