package io.sdc.performance.observation.rest;

import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.mapping.ObservationMapper;
import io.sdc.performance.observation.service.ObservationService;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.rest.Params;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "The trust's values for each indicator and period, and the council's validation of them")
public class ObservationResource {

    @Inject
    ObservationService observations;

    @POST
    @RolesAllowed(Roles.TRUST_PERFORMANCE)
    @APIResponse(responseCode = "201", description = "Recorded: each figure as it now stands")
    public RestResponse<List<ObservationView>> submit(@PathParam("contractId") UUID contractId,
                                                      @NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid ObservationRequest> request) {
        if (request.stream().anyMatch(o -> "VALIDATED".equals(o.status()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the council validates a figure: submit it without a status "
                    + "(it is SUBMITTED, provisional) and a commissioner validates it");
        }
        List<ObservationService.Submission> submissions = request.stream().map(o -> new ObservationService.Submission(
                o.indicatorCode(), o.period(), o.numerator(), o.denominator(), o.value(), o.commentary(), o.reason())).toList();
        return RestResponse.status(RestResponse.Status.CREATED, views(observations.submit(contractId, submissions)));
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The observations")
    public List<ObservationView> list(@PathParam("contractId") UUID contractId, @QueryParam("period") String period,
                                      @QueryParam("indicator") String indicator,
                                      @Parameter(description = "Only current figures in this status", example = "SUBMITTED")
                                      @QueryParam("status") String status,
                                      @QueryParam("history") boolean history) {
        return views(observations.list(contractId, Optional.ofNullable(period), Optional.ofNullable(indicator),
                Params.oneOf("status", status, SubmissionStatus.class), history));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The observation")
    public RestResponse<ObservationView> get(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id) {
        return respond(observations.get(contractId, id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The figures, newest first")
    public List<ObservationView> history(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id) {
        return views(observations.history(contractId, id));
    }

    @POST
    @Path("/{id}/validation")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Validated")
    public RestResponse<ObservationView> validate(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id,
                                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ObservationDecision decision) {
        return respond(observations.validate(contractId, id, EntityTags.expectedVersion(ifMatch), reasonOf(decision)));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.COMMISSIONER)
    @APIResponse(responseCode = "200", description = "Returned")
    public RestResponse<ObservationView> returnToTrust(@PathParam("contractId") UUID contractId, @PathParam("id") UUID id,
                                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid ObservationDecision decision) {
        return respond(observations.returnToTrust(contractId, id, EntityTags.expectedVersion(ifMatch), reasonOf(decision)));
    }

    private static String reasonOf(ObservationDecision decision) {
        return decision == null ? null : decision.reason();
    }

    private static List<ObservationView> views(List<Observation> found) {
        return found.stream().map(ObservationMapper::toView).toList();
    }

    private static RestResponse<ObservationView> respond(Observation observation) {
        return EntityTags.current(ObservationMapper.toView(observation), observation.version());
    }
}
