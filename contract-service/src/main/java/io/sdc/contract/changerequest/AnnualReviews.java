package io.sdc.contract.changerequest;

import java.util.UUID;

/**
 * The annual contract reviews a change request's agreement in principle may name, as the change request sees them:
 * by id only. Implemented where the reviews are kept.
 */
public interface AnnualReviews {

    /** Whether the id names an annual review of that contract. */
    boolean isReviewOf(UUID annualReviewId, UUID contractId);
}
