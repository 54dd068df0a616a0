package io.sdc.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The author of the changes made while serving one request or one consumed event. For an HTTP request it is the
 * token's principal and platform roles, with the reason from the {@value #REASON_HEADER} header; for an event,
 * the service itself, naming the event.
 */
@RequestScoped
public class ChangeContext {

    /** The request header that carries the reason for a change, kept in the audit history. */
    public static final String REASON_HEADER = "Change-Reason";

    static final int MAX_REASON_LENGTH = 1000;

    private static final List<String> PLATFORM_ROLES =
            List.of(Roles.ADMIN, Roles.COMMISSIONER, Roles.TRUST_FINANCE, Roles.TRUST_PERFORMANCE, Roles.AUDITOR);

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private String reason;
    private ChangeAuthor systemAuthor;

    public void reason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(reason.strip().length(), MAX_REASON_LENGTH));
    }

    /** Marks the changes in this context as made by the service itself, e.g. on consuming an event. */
    public void actAsSystem(String why) {
        this.systemAuthor = ChangeAuthor.system(service, why);
    }

    public ChangeAuthor author() {
        if (systemAuthor != null) {
            return systemAuthor;
        }
        if (identity == null || identity.isAnonymous()) {
            return ChangeAuthor.system(service, reason);
        }
        String roles = PLATFORM_ROLES.stream().filter(identity::hasRole).collect(Collectors.joining(","));
        return new ChangeAuthor(identity.getPrincipal().getName(), roles.isEmpty() ? "none" : roles, reason);
    }

    /**
     * The reason for a change that must have one (a rejection, a withdrawal, a correction, a change to an approved or
     * validated record): {@code given} (e.g. the request body's {@code reason}) if it is not blank, else the
     * {@value #REASON_HEADER} header's. It becomes the reason the audit history keeps for this change. Without one the
     * request is refused with 400, naming the field {@code reason}, and nothing changes.
     *
     * @param action what the reason is for, in words that complete "Give a reason to …", e.g. "reject a change request"
     */
    public String requireReason(String action, String given) {
        if (given != null && !given.isBlank()) {
            reason(given);
        }
        if (reason == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Give a reason to " + action + ": it is kept in the audit history",
                    List.of(new Problem.Violation("reason", "must not be blank; give it in the body's reason or the "
                            + REASON_HEADER + " header")));
        }
        return reason;
    }

    /** {@link #requireReason(String, String)} from the {@value #REASON_HEADER} header alone. */
    public String requireReason(String action) {
        return requireReason(action, null);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
