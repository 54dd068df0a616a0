package io.sdc.notification.delivery.rest;

import io.quarkus.security.identity.SecurityIdentity;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.sdc.notification.delivery.About;
import io.sdc.notification.delivery.InboxItem;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.service.InboxService;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "The caller's in-app notifications: their own and their roles'")
@RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.AUDITOR, Roles.ADMIN})
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    SecurityIdentity identity;

    @GET
    @APIResponse(responseCode = "200", description = "The notifications")
    public List<InboxEntry> inbox(@QueryParam("unread") boolean unread, @QueryParam("eventType") String eventType,
                                  @QueryParam("severity") String severity, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        Params.Paging paging = Params.paging(page, size);
        return inbox.inbox(reader(), recipients(), unread, Optional.ofNullable(eventType).filter(type -> !type.isBlank()),
                        Params.oneOf("severity", severity, Notification.Severity.class), paging.page(), paging.size())
                .stream().map(InboxEntry::of).toList();
    }

    @GET
    @Path("/unread-count")
    @APIResponse(responseCode = "200", description = "The count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unread(reader(), recipients()));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.COMMISSIONER, Roles.TRUST_PERFORMANCE, Roles.TRUST_FINANCE, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "Read")
    public InboxEntry read(@PathParam("id") UUID id) {
        return InboxEntry.of(inbox.read(id, reader(), recipients()));
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
    public record InboxEntry(UUID id, String eventType, UUID contractId, String severity, String title,
                             @Schema(description = "The notification in words; for figures the council returned, with the council's reason, "
                                     + "and for the board's decision on a recommendation's status, with the board's reason, "
                                     + "which only the inbox shows (never email or webhooks)") String text,
                             Instant deliveredAt, @Schema(description = "When the caller read it; null while unread by the caller") Instant readAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "What it is about beyond its contract: a change-request, budget, basket-version, "
                                     + "milestone, observation or monitoring-return by its id, an indicator by its code, a forecast or outturn by its budget's id. Absent when "
                                     + "it is about the contract as a whole, or was made before this was kept")
                             About about) {
        static InboxEntry of(InboxItem item) {
            Notification notification = item.delivery().notification();
            return new InboxEntry(item.delivery().id(), notification.eventType(), notification.contractId(),
                    notification.severity().name(), notification.title(), notification.inboxText(),
                    item.delivery().deliveredAt(), item.readAt(), notification.about().orElse(null));
        }
    }
}
