package io.sdc.platform.problem;

/**
 * Thrown by application code to refuse a request with a problem answer: the domain's rules ("an approved change
 * cannot be withdrawn"), a missing resource, a stale If-Match.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final java.util.List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, java.util.List.of());
    }

    /** A refusal that lists every fault found, e.g. each bad row of a submission. */
    public ProblemException(ProblemType type, String detail, java.util.List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = java.util.List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    public java.util.List<Problem.Violation> violations() {
        return violations;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail);
    }

    /** Reads an id given as text, refusing anything but a UUID with a 400 that names the parameter. */
    public static java.util.UUID requireUuid(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid("'" + name + "' is required");
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("'" + name + "' must be a UUID, not '" + value + "'");
        }
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
