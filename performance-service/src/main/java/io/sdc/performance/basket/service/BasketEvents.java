package io.sdc.performance.basket.service;

/** The event types performance-service publishes about PI baskets. */
public final class BasketEvents {

    /** A basket version became the one in force from its effective date; data: the basket version. */
    public static final String ACTIVATED = "performance.basket-version.activated";

    private BasketEvents() {
    }
}
