package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
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

    /**
     * The party the first of a caller's roles (comma-separated, as the audit history names them) acts for; a caller
     * acting for neither is refused (403: "Only the council or the trust {@code does}").
     */
    public static Party actingFor(String roles, String does) {
        return java.util.Arrays.stream(roles.split(",")).map(String::strip).map(Party::actingAs).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Only the council or the trust " + does));
    }
}
