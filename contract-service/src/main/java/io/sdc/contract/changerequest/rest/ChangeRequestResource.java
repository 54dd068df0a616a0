package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.changerequest.service.ChangeRequestService;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = ChangeRequestResource.TAG, description = ChangeRequestResource.TAG_DESCRIPTION)
public class ChangeRequestResource {

    /** The API's section on change requests, shared with {@link ContractChangeRequestsResource}. */
    static final String TAG = "Notifiable change requests";
    static final String TAG_DESCRIPTION = "Proposed changes to a contract: DRAFT → SUBMITTED → AGREED_IN_PRINCIPLE → APPROVED → "
            + "IMPLEMENTED, or REJECTED or WITHDRAWN. A SUBMITTED change request is agreed in principle only when both parties have "
            + "signed it (`/signatures`), each under their own identity. Every step needs the If-Match of the version read, keeps its "
            + "actor, time, comment and reason (required to reject or withdraw), and is published as an event. A step the lifecycle "
            + "does not allow answers 409 naming the allowed ones.";

    @Inject
    ChangeRequestService changeRequests;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read a change request", description = "Where it stands, what may come next, and every step it has taken.")
    @APIResponse(responseCode = "200", description = "The change request")
    public RestResponse<ChangeRequestView> get(@PathParam("id") UUID id) {
        return respond(changeRequests.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @Operation(summary = "Edit a draft change request",
            description = "Replaces the proposal of a DRAFT raised by the caller's party; its type cannot change. Needs If-Match. "
                    + "Publishes `contract.change-request.revised`.")
    @APIResponse(responseCode = "200", description = "Edited")
    @APIResponse(responseCode = "400", description = "Not valid")
    @APIResponse(responseCode = "403", description = "Raised by the other party")
    @APIResponse(responseCode = "409", description = "No longer a draft")
    public RestResponse<ChangeRequestView> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ChangeRequestRequest request) {
        return step(id, ifMatch, (change, version) -> changeRequests.revise(change, version, ChangeRequestMapper.toProposal(request)));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @Operation(summary = "Submit a draft", description = "DRAFT → SUBMITTED, by the party that raised it. Needs If-Match. "
            + "Publishes `contract.change-request.submitted`.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Not allowed from where it stands")
    public RestResponse<ChangeRequestView> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.submit(change, version, comment(step)));
    }

    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @Operation(summary = "Sign a submitted change request for your party",
            description = "Records the caller's signature while the change request is SUBMITTED, under the caller's own identity: "
                    + "the name is the token's principal, the role the caller's platform role, and the party the one that role acts "
                    + "for (commissioner: COUNCIL; trust-performance or trust-finance: TRUST). Each party signs once: a second "
                    + "signature for a party answers 409 naming who already signed for it. The signature is a step in the history "
                    + "and leaves the change request SUBMITTED, awaiting the other party (`awaitingParties`); the second party's "
                    + "signature moves it to AGREED_IN_PRINCIPLE, a step whose actor names both signatories. Optionally at an "
                    + "annual contract review of the same contract (both signatures name the same review or none), and on a "
                    + "business date (`signedOn`, default today, not after today). Needs If-Match. Publishes "
                    + "`contract.change-request.signed`, and `contract.change-request.agreed-in-principle` when both have signed.")
    @APIResponse(responseCode = "200", description = "Signed; the change request as it now stands")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED, the caller's party has already signed, or the other party signed at another review")
    public RestResponse<ChangeRequestView> sign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid SignatureRequest signature) {
        SignatureRequest given = signature == null ? new SignatureRequest(null, null, null, null) : signature;
        return step(id, ifMatch, (change, version) -> changeRequests.sign(change, version,
                ChangeRequestMapper.optionalText(given.position()), ChangeRequestMapper.optionalText(given.comment()),
                given.annualReviewId() == null ? null : UUID.fromString(given.annualReviewId()), given.signedOn()));
    }

    @POST
    @Path("/{id}/statutory-direction")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Record the further statutory direction",
            description = "For a change inconsistent with the statutory direction: records the reference of the further direction, "
                    + "without which it cannot be approved. Also added to the contract's statutory directions. Needs If-Match. "
                    + "Publishes `contract.change-request.statutory-direction-recorded`.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or AGREED_IN_PRINCIPLE")
    public RestResponse<ChangeRequestView> recordStatutoryDirection(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             @NotNull @Valid StatutoryDirectionRequest direction) {
        return step(id, ifMatch, (change, version) -> changeRequests.recordStatutoryDirection(change, version,
                direction.reference().strip()));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Approve a change (the council's decision)",
            description = "AGREED_IN_PRINCIPLE → APPROVED. Refused with 409 while a needed further statutory direction is not recorded. "
                    + "Needs If-Match. Publishes `contract.change-request.approved`: a PI basket revision then activates in "
                    + "performance-service, a budget variation lands on the budget in finance-service.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", description = "Not allowed from where it stands, or the statutory direction is missing")
    public RestResponse<ChangeRequestView> approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.approve(change, version, comment(step)));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Reject a change", description = "SUBMITTED or AGREED_IN_PRINCIPLE → REJECTED. Needs If-Match and a reason "
            + "(the body's `reason` or the `" + ChangeContext.REASON_HEADER + "` header; without one, 400 naming the field `reason`), "
            + "kept with the step and in the audit history. Publishes `contract.change-request.rejected`.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", description = "Not allowed from where it stands")
    public RestResponse<ChangeRequestView> reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.reject(change, version, comment(step), reason(step)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @Operation(summary = "Withdraw a change", description = "DRAFT, SUBMITTED or AGREED_IN_PRINCIPLE → WITHDRAWN, by the party that raised it. "
            + "Needs If-Match and a reason (the body's `reason` or the `" + ChangeContext.REASON_HEADER + "` header; without one, 400 "
            + "naming the field `reason`), kept with the step and in the audit history. Publishes `contract.change-request.withdrawn`.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Not allowed from where it stands")
    public RestResponse<ChangeRequestView> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.withdraw(change, version, comment(step), reason(step)));
    }

    @POST
    @Path("/{id}/implementation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Implement an approved change",
            description = "APPROVED → IMPLEMENTED, on or after the effective date. Makes a contract variation: the next numbered version "
                    + "of the contract; a service transfer changes the scope from the effective date. Needs If-Match. Publishes "
                    + "`contract.varied` and `contract.change-request.implemented`.")
    @APIResponse(responseCode = "200", description = "Implemented")
    @APIResponse(responseCode = "409", description = "Not approved, or before its effective date")
    public RestResponse<ChangeRequestView> implement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.implement(change, version, comment(step)));
    }

    /** Takes a step on the change request the caller read (If-Match), and answers with it as it now stands. */
    private static RestResponse<ChangeRequestView> step(UUID id, String ifMatch, Step step) {
        return respond(step.take(id, EntityTags.expectedVersion(ifMatch)));
    }

    /** A step a change request takes, given its id and the version the caller read. */
    @FunctionalInterface
    private interface Step {
        NotifiableChangeRequest take(UUID id, long expectedVersion);
    }

    private static RestResponse<ChangeRequestView> respond(NotifiableChangeRequest change) {
        return EntityTags.current(ChangeRequestMapper.toView(change), change.version());
    }

    private static String comment(StepRequest step) {
        return step == null ? null : step.comment();
    }

    private static String reason(StepRequest step) {
        return step == null ? null : step.reason();
    }
}
