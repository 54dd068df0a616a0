package io.sdc.portal.session;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Optional;

/** The platform's roles as the services name them in a token's {@code groups}, and how the portal shows them. */
@TemplateData
public enum Role {

    COMMISSIONER("commissioner", "Commissioner", "Council"),
    TRUST_PERFORMANCE("trust-performance", "Trust performance officer", "Trust"),
    TRUST_FINANCE("trust-finance", "Trust finance officer", "Trust"),
    AUDITOR("auditor", "Auditor", "Audit"),
    ADMIN("admin", "Platform administrator", "Platform");

    private final String claim;
    private final String title;
    private final String party;

    Role(String claim, String title, String party) {
        this.claim = claim;
        this.title = title;
        this.party = party;
    }

    /** The role's name in a token's {@code groups} claim, e.g. {@code trust-finance}. */
    public String claim() {
        return claim;
    }

    public String title() {
        return title;
    }

    /** Whose side the role acts for: the council, the trust, audit or the platform. */
    public String party() {
        return party;
    }

    public boolean isCommissioner() {
        return this == COMMISSIONER;
    }

    public boolean isTrust() {
        return this == TRUST_PERFORMANCE || this == TRUST_FINANCE;
    }

    public boolean isAuditor() {
        return this == AUDITOR;
    }

    public static Optional<Role> ofClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role a person acts in: the first of the platform's roles, in this order, among those they hold. */
    public static Optional<Role> actingRole(java.util.Collection<String> claims) {
        return List.of(values()).stream().filter(role -> claims.contains(role.claim)).findFirst();
    }
}
