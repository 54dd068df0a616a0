package io.sdc.portal.session;

import io.quarkus.qute.TemplateData;

import java.time.Instant;

/**
 * The person using the portal: who they are, the role they act in, and the access token the portal calls the
 * services with on their behalf (never shown on a page).
 *
 * @param sessionId identifies this sign-in; the form token is derived from it
 */
@TemplateData(ignore = {"accessToken", "sessionId"})
public record SignedInPerson(String username, String displayName, Role role, String accessToken, String sessionId,
                             Instant expiresAt) {

    public boolean may(Role... roles) {
        for (Role allowed : roles) {
            if (allowed == role) {
                return true;
            }
        }
        return false;
    }
}
