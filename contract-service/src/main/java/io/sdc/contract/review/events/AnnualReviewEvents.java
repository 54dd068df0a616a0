package io.sdc.contract.review.events;

/** The event types contract-service publishes about annual contract reviews. */
public final class AnnualReviewEvents {

    /** An annual review was recorded; data: the review. */
    public static final String RECORDED = "contract.annual-review.recorded";

    private AnnualReviewEvents() {
    }
}
