package io.sdc.platform.audit;

/** Who is making a change, in which role, and why. */
public record ChangeAuthor(String actor, String role, String reason) {

    public static final String SYSTEM_ROLE = "system";

    public static ChangeAuthor system(String service, String reason) {
        return new ChangeAuthor("system:" + service, SYSTEM_ROLE, reason);
    }
}
