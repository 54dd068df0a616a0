package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle steps a person takes on a change request through the portal, each a form at
 * {@code /change-requests/{id}/{slug}} sending {@code POST /api/v1/change-requests/{id}/{slug}}. Which are offered
 * comes from the API's {@code allowedSteps} (the status the step leads to) and README's "Who may do what": the
 * council decides, the party that raised a change request submits and withdraws it.
 */
@TemplateData
public enum Step {

    SUBMISSION("submission", "SUBMITTED", Decider.RAISING_PARTY, "Submit", "Submit", "Submit change request",
            "submitted", "Comment (optional)", "For example, what the other party should look at first."),
    SIGNATURE("signatures", "AGREED_IN_PRINCIPLE", Decider.AWAITED_PARTY, "Sign", "Sign", "Sign change request",
            "signed", "Comment (optional)", "For example, where it was agreed. It is kept with your signature."),
    STATUTORY_DIRECTION("statutory-direction", null, Decider.COUNCIL, "Record the statutory direction",
            "Record the further statutory direction for", "Record statutory direction",
            "further statutory direction recorded", null, null),
    APPROVAL("approval", "APPROVED", Decider.COUNCIL, "Approve", "Approve", "Approve change request", "approved",
            "Comment (optional)", "For example, the decision it was approved by."),
    REJECTION("rejection", "REJECTED", Decider.COUNCIL, "Reject", "Reject", "Reject change request", "rejected",
            "Comment (optional)", "Anything else both parties should know."),
    WITHDRAWAL("withdrawal", "WITHDRAWN", Decider.RAISING_PARTY, "Withdraw", "Withdraw", "Withdraw change request",
            "withdrawn", "Comment (optional)", "Anything else both parties should know."),
    IMPLEMENTATION("implementation", "IMPLEMENTED", Decider.COUNCIL, "Implement", "Implement",
            "Implement change request", "implemented", "Comment (optional)",
            "Implementing it varies the contract from its effective date.");

    /**
     * Who takes a step: the council's commissioners, the party (council or trust) that raised the request, or a party
     * whose signature is awaited (the commissioner signs for the council, trust staff for the trust).
     */
    enum Decider { COUNCIL, RAISING_PARTY, AWAITED_PARTY }

    private final String slug;
    private final String target;
    private final Decider decider;
    private final String action;
    private final String headingVerb;
    private final String button;
    private final String done;
    private final String commentLabel;
    private final String commentHint;

    Step(String slug, String target, Decider decider, String action, String headingVerb, String button, String done,
         String commentLabel, String commentHint) {
        this.slug = slug;
        this.target = target;
        this.decider = decider;
        this.action = action;
        this.headingVerb = headingVerb;
        this.button = button;
        this.done = done;
        this.commentLabel = commentLabel;
        this.commentHint = commentHint;
    }

    public static Optional<Step> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    /** The URL segment and the API's operation: {@code approval}. */
    public String slug() {
        return slug;
    }

    /** The status the step leads to, as the API's {@code allowedSteps} names it; none for the statutory direction. */
    public String target() {
        return target;
    }

    Decider decider() {
        return decider;
    }

    /** The detail page's button leading to the form: "Approve". */
    public String action() {
        return action;
    }

    /** The form's heading before the reference: "Approve" NCR-1. */
    public String headingVerb() {
        return headingVerb;
    }

    /** The form's submit button: "Approve change request". */
    public String button() {
        return button;
    }

    /** What the success banner says happened, after the reference: NCR-1 "approved". */
    public String done() {
        return done;
    }

    public String commentLabel() {
        return commentLabel;
    }

    public String commentHint() {
        return commentHint;
    }

    public boolean hasComment() {
        return commentLabel != null;
    }

    public boolean isSignature() {
        return this == SIGNATURE;
    }

    /** Rejecting and withdrawing need a reason, which the API keeps with the step and in the audit history. */
    public boolean needsReason() {
        return this == REJECTION || this == WITHDRAWAL;
    }

    /** The label of the reason's textarea: "Reason for rejecting it". */
    public String reasonLabel() {
        return this == REJECTION ? "Reason for rejecting it" : "Reason for withdrawing it";
    }

    public boolean isApproval() {
        return this == APPROVAL;
    }

    public boolean isStatutoryDirection() {
        return this == STATUTORY_DIRECTION;
    }

    /** Secondary steps (a refusal or a withdrawal) are shown as warning buttons. */
    public boolean isWarning() {
        return this == REJECTION || this == WITHDRAWAL;
    }

    /**
     * Whether the change request's view allows this step now: its status is among {@code allowedSteps}; the
     * statutory direction while one is needed, not yet recorded, and the request still on its way to approval.
     */
    boolean allowedBy(Map<String, Object> view) {
        List<?> allowed = view.get("allowedSteps") instanceof List<?> list ? list : List.of();
        if (this == STATUTORY_DIRECTION) {
            boolean needed = Boolean.TRUE.equals(view.get("requiresStatutoryDirection"));
            Object reference = view.get("statutoryDirectionReference");
            boolean recorded = reference != null && !reference.toString().isBlank();
            return needed && !recorded && (allowed.contains("AGREED_IN_PRINCIPLE") || allowed.contains("APPROVED"));
        }
        if (this == SIGNATURE) {
            return "SUBMITTED".equals(String.valueOf(view.get("status"))) && !awaited(view).isEmpty();
        }
        return allowed.contains(target);
    }

    /** The parties whose signature the change request still awaits: COUNCIL, TRUST. */
    static List<String> awaited(Map<String, Object> view) {
        return view.get("awaitingParties") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
