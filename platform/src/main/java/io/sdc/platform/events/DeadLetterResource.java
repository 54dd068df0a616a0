package io.sdc.platform.events;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.Params;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The messages this service consumed but could not process: never dropped, listed here, replayable. */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Consumed messages that could not be processed, and their replay")
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "List dead letters",
            description = "Consumed messages that could not be processed, oldest first, with the reason. "
                    + "`status` is `open` (default: not yet replayed), `replayed` or `all`.")
    @APIResponse(responseCode = "200", description = "One page of dead letters")
    @APIResponse(responseCode = "400", description = "Unknown status, or a page or size out of range")
    public List<DeadLetterView> list(
            @Parameter(description = "open, replayed or all", example = "open") @QueryParam("status") String status,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        DeadLetters.Status wanted;
        try {
            wanted = status == null ? DeadLetters.Status.OPEN : DeadLetters.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status must be open, replayed or all, not '" + status + "'");
        }
        Params.Paging paging = Params.paging(page, size);
        return deadLetters.list(wanted, paging.page(), paging.size()).stream().map(DeadLetterView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read one dead letter", description = "The message as received, where it was read, and why it failed.")
    @APIResponse(responseCode = "200", description = "The dead letter")
    public DeadLetterView get(@Parameter(description = "The dead letter's id") @PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.get(id));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replay a dead letter",
            description = "Processes the message again, once its cause has been dealt with. Its effect still applies at most once. "
                    + "On success the dead letter is marked replayed; if it still fails, the answer is 409 with the new reason.")
    @APIResponse(responseCode = "200", description = "Replayed; the dead letter as it now stands")
    @APIResponse(responseCode = "409", description = "Already replayed, or it still cannot be processed")
    public DeadLetterView replay(@Parameter(description = "The dead letter's id") @PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.replay(id));
    }
}
