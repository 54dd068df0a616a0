package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.changerequest.service.ChangeRequestService;
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
    @APIResponse(responseCode = "200", description = "The change request")
    public RestResponse<ChangeRequestView> get(@PathParam("id") UUID id) {
        return respond(changeRequests.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @APIResponse(responseCode = "200", description = "Edited")
    public RestResponse<ChangeRequestView> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ChangeRequestRequest request) {
        return step(id, ifMatch, (change, version) -> changeRequests.revise(change, version, ChangeRequestMapper.toProposal(request)));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @APIResponse(responseCode = "200", description = "Submitted")
    public RestResponse<ChangeRequestView> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.submit(change, version, comment(step)));
    }

    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @APIResponse(responseCode = "200", description = "Signed; the change request as it now stands")
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
    @APIResponse(responseCode = "200", description = "Recorded")
    public RestResponse<ChangeRequestView> recordStatutoryDirection(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             @NotNull @Valid StatutoryDirectionRequest direction) {
        return step(id, ifMatch, (change, version) -> changeRequests.recordStatutoryDirection(change, version,
                direction.reference().strip()));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Approved")
    public RestResponse<ChangeRequestView> approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.approve(change, version, comment(step)));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Rejected")
    public RestResponse<ChangeRequestView> reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.reject(change, version, comment(step), reason(step)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE})
    @APIResponse(responseCode = "200", description = "Withdrawn")
    public RestResponse<ChangeRequestView> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid StepRequest step) {
        return step(id, ifMatch, (change, version) -> changeRequests.withdraw(change, version, comment(step), reason(step)));
    }

    @POST
    @Path("/{id}/implementation")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Implemented")
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
