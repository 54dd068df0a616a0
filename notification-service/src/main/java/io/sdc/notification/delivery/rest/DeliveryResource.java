package io.sdc.notification.delivery.rest;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.DeliveryStatus;
import io.sdc.notification.delivery.service.DeliveryService;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Each notification's way to each subscriber: attempts and outcome")
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "The deliveries")
    public List<DeliveryView> list(@QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Params.Paging paging = Params.paging(page, size);
        DeliveryStatus wanted = Params.oneOf("status", status, DeliveryStatus.class).orElse(DeliveryStatus.DEAD);
        return deliveries.withStatus(wanted, paging.page(), paging.size()).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Pending again")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.retrigger(id));
    }

    @Schema(name = "Delivery")
    public record DeliveryView(UUID id, UUID notificationId, String eventType, UUID subscriptionId, String channel, String recipient,
                               String status, int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt) {
        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.notification().id(), delivery.notification().eventType(),
                    delivery.subscriptionId(), delivery.channel().name(), delivery.recipient(), delivery.status().name(),
                    delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(), delivery.deliveredAt());
        }
    }
}
