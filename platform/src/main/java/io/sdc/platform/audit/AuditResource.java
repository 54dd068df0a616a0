package io.sdc.platform.audit;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.Params;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The audit history of this service's resources, for auditors. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, from what to what, and why")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.COMMISSIONER})
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Path("/changes")
    @Operation(summary = "All changes for a contract in a time range",
            description = "Every audited change to any of this service's resources that belong to the contract, made at or after "
                    + "`from` and before `to` (both UTC instants; default: all time), in the order they were made, a page at a time. Each change names the actor, "
                    + "their role, the time, the reason given, and every field from its old to its new value.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "400", description = "A time is not an ISO 8601 instant, or `from` is not before `to`")
    public List<ChangeRecord> changesForContract(
            @Parameter(description = "The contract's id", required = true, example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11")
            @QueryParam("contractId") String contractId,
            @Parameter(description = "Earliest change time, inclusive", example = "2015-04-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Latest change time, exclusive", example = "2016-04-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        UUID contract = ProblemException.requireUuid("contractId", contractId);
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T23:59:59Z"));
        if (!start.isBefore(end)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "'from' must be before 'to'");
        }
        return auditTrail.changesForContract(contract, start, end, Params.paging(page, size));
    }

    @GET
    @Path("/{resourceType}/{id}")
    @Operation(summary = "The history of one resource",
            description = "Every audited change to the resource, oldest first, a page at a time: the actor, their role, the time, the reason given, "
                    + "each field from its old to its new value, and the whole resource as it stood after the change.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such resource type in this service, or no history for that id")
    public List<ChangeRecord> history(
            @Parameter(description = "The kind of resource", example = "contract") @PathParam("resourceType") String resourceType,
            @Parameter(description = "The resource's id (a UUID; for a resource named by a code, such as an indicator, its code)",
                    example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11") @PathParam("id") String id,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("size") Integer size) {
        AuditedResource<?> resource = auditTrail.resource(resourceType)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "This service keeps no resource type '" + resourceType + "'"));
        Params.Paging paging = Params.paging(page, size);
        Object entityId = resource.id(id);
        List<ChangeRecord> history = auditTrail.history(resource, entityId, paging);
        if (history.isEmpty() && paging.page() == 0) {
            throw ProblemException.notFound(resourceType, entityId);
        }
        return history;
    }

    private static Instant instant(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "'" + name + "' must be an ISO 8601 UTC instant such as 2015-04-01T00:00:00Z, not '" + value + "'");
        }
    }
}
