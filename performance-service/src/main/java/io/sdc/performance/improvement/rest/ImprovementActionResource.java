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
    @APIResponse(responseCode = "200", description = "The action")
    public RestResponse<ActionView> action(@PathParam("id") UUID id) {
        return respond(plans.action(id));
    }

    @POST
    @Path("/progress")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @APIResponse(responseCode = "200", description = "Reported")
    public RestResponse<ActionView> reportProgress(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                   @NotNull @Valid ProgressRequest request) {
        return respond(plans.reportProgress(id, EntityTags.expectedVersion(ifMatch), request.commentary(), request.status(), request.evidence(),
                request.evidenceFiles()));
    }

    @PUT
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @APIResponse(responseCode = "200", description = "Re-planned")
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
    @APIResponse(responseCode = "200", description = "The files")
    public List<EvidenceView> evidence(@PathParam("id") UUID id) {
        return evidence.ofAction(id).stream().map(ImprovementMapper::toView).toList();
    }

    @POST
    @Path("/completion")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Confirmed complete")
    public RestResponse<ActionView> confirmCompletion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(plans.confirmCompletion(id, EntityTags.expectedVersion(ifMatch)));
    }

    private static RestResponse<ActionView> respond(ImprovementAction action) {
        return EntityTags.current(ImprovementMapper.toView(action), action.version());
    }
}
