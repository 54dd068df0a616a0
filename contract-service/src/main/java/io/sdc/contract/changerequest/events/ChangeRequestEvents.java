package io.sdc.contract.changerequest.events;

/**
 * The event types contract-service publishes about notifiable change requests, one per lifecycle step; the data
 * of each is the change request as it stands after the step, with the step itself.
 */
public final class ChangeRequestEvents {

    public static final String RAISED = "contract.change-request.raised";
    public static final String REVISED = "contract.change-request.revised";
    public static final String SUBMITTED = "contract.change-request.submitted";
    /** One party signed a submitted change request; data: the signature and the party still awaited. */
    public static final String SIGNED = "contract.change-request.signed";
    public static final String AGREED_IN_PRINCIPLE = "contract.change-request.agreed-in-principle";
    public static final String STATUTORY_DIRECTION_RECORDED = "contract.change-request.statutory-direction-recorded";
    public static final String APPROVED = "contract.change-request.approved";
    public static final String REJECTED = "contract.change-request.rejected";
    public static final String WITHDRAWN = "contract.change-request.withdrawn";
    public static final String IMPLEMENTED = "contract.change-request.implemented";
    /** A service could not apply the approved change; the data adds {@code service} and {@code reason}. */
    public static final String IMPLEMENTATION_FAILED = "contract.change-request.implementation-failed";

    private ChangeRequestEvents() {
    }
}
