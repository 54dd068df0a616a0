package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.mapping.ImprovementMapper;
import io.sdc.performance.improvement.service.ImprovementActionReplanning;
import io.sdc.performance.improvement.service.ImprovementEvidenceService;
import io.sdc.performance.improvement.service.ImprovementPlanService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/improvement-actions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement plans")
public class ImprovementActionResource {

    /** The media types of Word and Excel documents (Office Open XML). */
    static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImprovementPlanService plans;

    @Inject
    ImprovementActionReplanning replanning;

    @Inject
    ImprovementEvidenceService evidence;

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read an improvement action", description = "Its owner, due date, status and progress, with its version as ETag. "
            + "Its changes are in the audit history, `/api/v1/audit/improvement-action/{id}`.")
    @APIResponse(responseCode = "200", description = "The action")
    public RestResponse<ActionView> action(@PathParam("id") UUID id) {
        return respond(plans.action(id));
    }

    @POST
    @Path("/progress")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @Operation(summary = "Report progress on an action", description = "Its owner's party (the trust's performance staff for the TRUST, "
            + "commissioners for the COUNCIL) reports what was done, with evidence links, the evidence files uploaded for the action "
            + "that it cites (`evidenceFiles`, by id; 400 for an id of another action's file or of none) and the status it reports "
            + "(NOT_STARTED, ON_TRACK or AT_RISK; absent leaves it). Needs If-Match. An OVERDUE action stays overdue until the council "
            + "re-plans its due date or confirms it complete.")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "409", description = "COMPLETE, or a status its lifecycle does not allow")
    public RestResponse<ActionView> reportProgress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @NotNull @Valid ProgressRequest request) {
        return respond(plans.reportProgress(id, EntityTags.expectedVersion(ifMatch), request.commentary(), request.status(), request.evidence(),
                request.evidenceFiles()));
    }

    @PUT
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @Operation(summary = "Re-plan an action", description = "Its title, owner party, owner (person or team) and due date as they are to be, "
            + "every field given, at least one changed, with a `reason` (or the Change-Reason header). Needs If-Match. The commissioner "
            + "changes any field of any action; the trust's performance staff only the `owner` of an action the TRUST owns (its title, "
            + "owner party and due date are agreed by the council: 403 naming them). A new due date is today or later (400 otherwise); "
            + "it brings an OVERDUE action back ON_TRACK and its owner is reminded of it again before it falls due. Each re-plan is kept "
            + "in the action's `replans` (each field from and to) and the audit history. Publishes `performance.improvement-action.replanned`.")
    @APIResponse(responseCode = "200", description = "Re-planned")
    @APIResponse(responseCode = "409", description = "COMPLETE: its plan no longer changes")
    public RestResponse<ActionView> replan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @NotNull @Valid ReplanRequest request) {
        return respond(replanning.replan(id, EntityTags.expectedVersion(ifMatch), request.title(), request.ownerParty(), request.owner(),
                request.dueDate(), request.reason()));
    }

    @POST
    @Path("/evidence")
    @Consumes({"text/plain", "text/csv", "application/pdf", "application/msword", WORD, "application/vnd.ms-excel", EXCEL, "image/png",
            "image/jpeg"})
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @Operation(summary = "Upload an evidence file for an action", description = "The file is the request body, sent with its "
            + "`Content-Type` and a `Content-Disposition: attachment; filename=\"assessment-audit-2016-01.pdf\"` header naming it "
            + "(`filename*=UTF-8''…` for names beyond ASCII); `description` is optional. Taken: PDF (application/pdf), Word "
            + "(application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document), Excel "
            + "(application/vnd.ms-excel, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet), CSV (text/csv), PNG "
            + "(image/png), JPEG (image/jpeg) and plain text (text/plain), whose content must be of that kind (415 otherwise); at most "
            + "10 MB (413), not empty (400). Only the action's owner's party uploads (trust-performance for the TRUST, commissioner for "
            + "the COUNCIL), not once it is COMPLETE (409). The file is kept as uploaded (never changed or deleted) with its SHA-256, "
            + "who uploaded it and when; the same bytes again for the same action answer 200 with the file kept before. A progress "
            + "update cites it by id (`evidenceFiles`). No If-Match: the action itself does not change.")
    @RequestBody(content = {@Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/msword", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = WORD, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = EXCEL, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Kept", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded for this action before: the file kept then",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", description = "The action is COMPLETE")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB")
    @APIResponse(responseCode = "415", description = "A media type not taken, or content not of the kind it names (a PNG that is not one)")
    public RestResponse<EvidenceView> upload(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                             @Parameter(description = "attachment; filename=\"assessment-audit-2016-01.pdf\"", required = true)
                                             @HeaderParam("Content-Disposition") String disposition,
                                             @Parameter(description = "What the file shows (at most 1000 characters)",
                                                     example = "January's audit of 40 assessments")
                                             @QueryParam("description") String description, InputStream file) {
        ImprovementEvidenceService.Uploaded uploaded = evidence.upload(id, ContentDisposition.fileName(disposition), contentType,
                description, file);
        EvidenceView view = ImprovementMapper.toView(uploaded.evidence());
        return uploaded.alreadyKept() ? RestResponse.ok(view)
                : RestResponse.ResponseBuilder.<EvidenceView>created(URI.create(view.href())).entity(view).build();
    }

    @GET
    @Path("/evidence")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "An action's evidence files", description = "Every file uploaded for the action, oldest first, without its "
            + "bytes: name, media type, description, size, SHA-256, who uploaded it in which role and when, and `href` to download it.")
    @APIResponse(responseCode = "200", description = "The files")
    public List<EvidenceView> evidence(@PathParam("id") UUID id) {
        return evidence.ofAction(id).stream().map(ImprovementMapper::toView).toList();
    }

    @POST
    @Path("/completion")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Confirm an action complete", description = "The council confirms it COMPLETE (final). Needs If-Match. Publishes "
            + "`performance.improvement-action.completed`.")
    @APIResponse(responseCode = "200", description = "Confirmed complete")
    @APIResponse(responseCode = "409", description = "Already complete")
    public RestResponse<ActionView> confirmCompletion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.confirmCompletion(id, EntityTags.expectedVersion(ifMatch)));
    }

    private static RestResponse<ActionView> respond(ImprovementAction action) {
        return EntityTags.current(ImprovementMapper.toView(action), action.version());
    }
}
