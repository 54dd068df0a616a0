package io.sdc.notification.delivery.rest;

import io.quarkus.security.identity.SecurityIdentity;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.sdc.notification.delivery.About;
import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.Params;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The caller's in-app notifications: their own and their roles'")
@RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
public class InboxResource {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SecurityIdentity identity;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Read my inbox",
            description = "Unread first, newest first; `unread=true` for the unread only, `eventType` for one kind of event, "
                    + "`severity` (INFO, ACTION, WARNING) for one level.")
    @APIResponse(responseCode = "200", description = "The notifications")
    @APIResponse(responseCode = "400", description = "Unknown severity, or a page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InboxEntry> inbox(@QueryParam("unread") boolean unread, @QueryParam("eventType") String eventType,
                                  @QueryParam("severity") String severity, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        Params.Paging paging = Params.paging(page, size);
        return deliveries.inbox(reader(), recipients(), unread, java.util.Optional.ofNullable(eventType).filter(type -> !type.isBlank()),
                        Params.oneOf("severity", severity, io.sdc.notification.delivery.Notification.Severity.class),
                        paging.page(), paging.size())
                .stream().map(item -> InboxEntry.of(item.delivery(), item.readAt())).toList();
    }

    @GET
    @Path("/unread-count")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "How many of my notifications are unread", description = "For the portal's badge; a role's notification counts until the caller has read it.")
    @APIResponse(responseCode = "200", description = "The count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", deliveries.unread(reader(), recipients()));
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.ADMIN})
    @Operation(summary = "Mark a notification read", description = "Only one of the caller's own, and only for the caller: a notification "
            + "addressed to a role stays unread for the role's other people. Auditors write nothing, not even this.")
    @APIResponse(responseCode = "200", description = "Read")
    @APIResponse(responseCode = "404", description = "Not in the caller's inbox", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InboxEntry read(@PathParam("id") String id) {
        UUID entry = ProblemException.requireUuid("id", id);
        Delivery delivery = deliveries.findByIdOptional(entry)
                .filter(candidate -> candidate.channel() == io.sdc.notification.subscription.Channel.INBOX
                        && recipients().contains(candidate.recipient()))
                .orElseThrow(() -> ProblemException.notFound("notification in your inbox", entry));
        return InboxEntry.of(delivery, deliveries.markRead(delivery.id(), reader(), Instant.now()));
    }

    /** The person calling: reads are theirs alone. */
    private String reader() {
        return identity.getPrincipal().getName();
    }

    private List<String> recipients() {
        List<String> recipients = new ArrayList<>();
        recipients.add("user:" + reader());
        for (String role : List.of(Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN)) {
            if (identity.hasRole(role)) {
                recipients.add("role:" + role);
            }
        }
        return recipients;
    }

    @Schema(name = "InboxEntry")
    public record InboxEntry(UUID id, String eventType, UUID contractId, String severity, String title, String text,
                             Instant deliveredAt, @Schema(description = "When the caller read it; null while unread by the caller") Instant readAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "What it is about beyond its contract: a change-request, budget, basket-version, "
                                     + "milestone or indicator by its id, a forecast or outturn by its budget's id. Absent when "
                                     + "it is about the contract as a whole, or was made before this was kept")
                             About about) {
        static InboxEntry of(Delivery delivery, Instant readAt) {
            return new InboxEntry(delivery.id(), delivery.notification().eventType(), delivery.notification().contractId(),
                    delivery.notification().severity().name(), delivery.notification().title(), delivery.notification().body(),
                    delivery.deliveredAt(), readAt, delivery.notification().about().orElse(null));
        }
    }
}
