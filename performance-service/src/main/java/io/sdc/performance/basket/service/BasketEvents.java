package io.sdc.performance.basket.service;

/** The event types performance-service publishes about PI baskets. */
public final class BasketEvents {

    /** A basket version became the one in force from its effective date; data: the basket version. */
    public static final String ACTIVATED = "performance.basket-version.activated";
    /**
     * An approved PI basket revision change request names a basket version that cannot be put in force (unknown here,
     * of another contract, not in preparation, empty, or effective too early); nothing changed. Data: changeRequestId,
     * contractId, reference and the reason.
     */
    public static final String REVISION_REFUSED = "performance.basket-revision.refused";

    private BasketEvents() {
    }
}
