package io.sdc.platform.security;

/**
 * The roles a bearer token can carry (in its {@code groups} claim). Every endpoint names the roles it admits;
 * {@link #AUDITOR} is admitted to every read and to no write.
 */
public final class Roles {

    /** Council commissioning staff. */
    public static final String COMMISSIONER = "commissioner";
    /** The trust's performance staff. */
    public static final String TRUST_PERFORMANCE = "trust-performance";
    /** The trust's finance staff. */
    public static final String TRUST_FINANCE = "trust-finance";
    /** Internal audit, DfE and external auditors: read-only, everything including history. */
    public static final String AUDITOR = "auditor";
    /** Platform administrators. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
