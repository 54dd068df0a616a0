package io.sdc.performance.inspection.rest;

import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.performance.inspection.service.InspectionService;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Params;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections and milestones", description = "Regulators' judgements and the contract's milestones")
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @POST
    @Path("/inspections")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    public RestResponse<InspectionView> record(@PathParam("contractId") UUID contractId, @NotNull @Valid InspectionRequest request) {
        Inspection inspection = inspections.record(contractId, request.inspectorate().strip(), request.type().strip(),
                request.date(), request.overallJudgement(), areas(request), request.recommendations());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, InspectionMapper.toView(inspection))
                .tag(EntityTags.of(inspection.version())).build();
    }

    @GET
    @Path("/inspections/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The inspection")
    public RestResponse<InspectionView> inspection(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id) {
        Inspection inspection = inspections.inspection(contractId, id);
        return EntityTags.current(InspectionMapper.toView(inspection), inspection.version());
    }

    @PUT
    @Path("/inspections/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE})
    @APIResponse(responseCode = "200", description = "Corrected")
    public RestResponse<InspectionView> correct(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id,
                                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @NotNull @Valid InspectionRequest request) {
        Inspection inspection = inspections.correct(contractId, id, EntityTags.expectedVersion(ifMatch), request.inspectorate().strip(),
                request.type().strip(), request.date(), request.overallJudgement(), areas(request), request.recommendations(),
                request.reason());
        return EntityTags.current(InspectionMapper.toView(inspection), inspection.version());
    }

    private static List<AreaJudgement> areas(InspectionRequest request) {
        return request.areaJudgements() == null ? List.of()
                : request.areaJudgements().stream().map(area -> new AreaJudgement(area.area().strip(), area.judgement())).toList();
    }

    @GET
    @Path("/inspections")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The inspections")
    public List<InspectionView> inspections(@PathParam("contractId") UUID contractId) {
        return inspections.inspectionsOf(contractId).stream().map(InspectionMapper::toView).toList();
    }

    @POST
    @Path("/milestones")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneView.class)))
    public RestResponse<MilestoneView> addMilestone(@PathParam("contractId") UUID contractId, @NotNull @Valid MilestoneRequest request) {
        var milestone = inspections.addMilestone(contractId, request.title().strip(), request.targetJudgement(), request.dueDate(),
                blankToNull(request.area()), blankToNull(request.inspectionType()));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, InspectionMapper.toView(milestone))
                .tag(EntityTags.of(milestone.milestone().version())).build();
    }

    @GET
    @Path("/milestones/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The milestone")
    public RestResponse<MilestoneView> milestone(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id) {
        return respond(inspections.milestoneOf(contractId, id));
    }

    @PUT
    @Path("/milestones/{id}")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Corrected, as it stands today")
    public RestResponse<MilestoneView> correctMilestone(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id,
                                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @NotNull @Valid MilestoneRequest request) {
        return respond(inspections.correctMilestone(contractId, id, EntityTags.expectedVersion(ifMatch), request.title().strip(),
                request.targetJudgement(), request.dueDate(), blankToNull(request.area()), blankToNull(request.inspectionType()),
                request.reason()));
    }

    private static RestResponse<MilestoneView> respond(Milestone.Standing standing) {
        return EntityTags.current(InspectionMapper.toView(standing), standing.milestone().version());
    }

    @GET
    @Path("/milestones")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The milestones")
    public List<MilestoneView> milestones(@PathParam("contractId") UUID contractId, @QueryParam("asOf") String asOf) {
        return inspections.milestonesOf(contractId, Params.date("asOf", asOf)).stream().map(InspectionMapper::toView).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
