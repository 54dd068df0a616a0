package io.sdc.contract.review.events;

/** The event types contract-service publishes about annual contract reviews. */
public final class AnnualReviewEvents {

    /** An annual review was recorded; data: the review. */
    public static final String RECORDED = "contract.annual-review.recorded";
    /** An annual review was corrected; data: the review as corrected, with the changes agreed in principle at it. */
    public static final String CORRECTED = "contract.annual-review.corrected";

    private AnnualReviewEvents() {
    }
}
