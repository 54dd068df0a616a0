package io.sdc.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
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

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
