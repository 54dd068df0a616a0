package io.sdc.performance.improvement;

import io.sdc.platform.security.Roles;

import java.util.Optional;

/** The party that owns an improvement action: the council or the trust. */
public enum Party {
    COUNCIL,
    TRUST;

    /** The party a role acts for in an improvement plan: commissioners for the council, trust performance staff for the trust. */
    public static Optional<Party> actingAs(String role) {
        return switch (role) {
            case Roles.COMMISSIONER -> Optional.of(COUNCIL);
            case Roles.TRUST_PERFORMANCE -> Optional.of(TRUST);
            default -> Optional.empty();
        };
    }
}
