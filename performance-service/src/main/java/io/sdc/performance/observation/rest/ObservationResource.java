package io.sdc.performance.observation.rest;

import io.sdc.performance.observation.mapping.ObservationMapper;
import io.sdc.performance.observation.service.ObservationService;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "The trust's values for each indicator and period")
public class ObservationResource {

    @Inject
    ObservationService observations;

    @POST
    @RolesAllowed(Roles.TRUST_PERFORMANCE)
    @Operation(summary = "Submit observations",
            description = "Records one or many observations, all or none: every fault is listed, by position, and nothing is recorded "
                    + "if there is any. A resubmission for an indicator and period supersedes the current one, which stays in the history. "
                    + "Publishes `performance.observation.recorded` for each.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Faults, each listed; nothing recorded")
    @APIResponse(responseCode = "404", description = "No such contract")
    public Response submit(@PathParam("contractId") UUID contractId,
                           @NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid ObservationRequest> request) {
        List<ObservationService.Submission> submissions = request.stream().map(o -> new ObservationService.Submission(
                o.indicatorCode(), o.period(), o.numerator(), o.denominator(), o.value(), o.status(), o.commentary())).toList();
        return Response.status(Response.Status.CREATED)
                .entity(observations.submit(contractId, submissions).stream().map(ObservationMapper::toView).toList()).build();
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Read observations",
            description = "The current observations, optionally for one period and one indicator; with `history=true` and both given, "
                    + "every submission for that indicator and period, newest first.")
    @APIResponse(responseCode = "200", description = "The observations")
    public List<ObservationView> list(@PathParam("contractId") UUID contractId, @QueryParam("period") String period,
                                      @QueryParam("indicator") String indicator, @QueryParam("history") boolean history) {
        return observations.list(contractId, Optional.ofNullable(period),
                Optional.ofNullable(indicator), history).stream().map(ObservationMapper::toView).toList();
    }
}
