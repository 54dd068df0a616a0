package io.sdc.notification.subscription.rest;

import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.service.SubscriptionService;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.rest.EntityTags;
import io.sdc.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;
import io.sdc.platform.rest.UuidParams;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Who hears about what, and how")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ChangeContext changeContext;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER})
    @APIResponse(responseCode = "201", description = "Subscribed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    public RestResponse<View> subscribe(@NotNull @Valid Request request, @Context UriInfo uri) {
        SubscriptionService.Subscribed subscribed = subscriptions.subscribe(request.recipient(), request.eventTypes(),
                contract(request.contractId()), request.channel(), request.email(), request.webhookUrl(), changeContext.author().actor());
        Subscription subscription = subscribed.subscription();
        return EntityTags.created(uri.getAbsolutePathBuilder().path(subscription.id().toString()).build(),
                View.of(subscription, subscribed.webhookSecret()), subscription.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "The subscription; ETag is its version")
    public RestResponse<View> get(@PathParam("id") UUID id) {
        Subscription subscription = subscriptions.find(id);
        return EntityTags.current(View.of(subscription, null), subscription.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER})
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version")
    public RestResponse<View> change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @NotNull @Valid Change request) {
        Subscription subscription = subscriptions.change(id, EntityTags.expectedVersion(ifMatch), request.eventTypes(),
                contract(request.contractId()), request.email(), request.webhookUrl(), request.reason());
        return EntityTags.current(View.of(subscription, null), subscription.version());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", description = "The subscriptions")
    public List<View> list() {
        return subscriptions.active().stream().map(subscription -> View.of(subscription, null)).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COMMISSIONER})
    @APIResponse(responseCode = "204", description = "Ended")
    public void end(@PathParam("id") UUID id) {
        subscriptions.end(id, null);
    }

    private static UUID contract(String contractId) {
        return contractId == null ? null : UUID.fromString(contractId);
    }

    @Schema(name = "SubscriptionChange")
    public record Change(
            @Size(max = 50) List<@NotBlank String> eventTypes,
            @Pattern(regexp = UuidParams.PATTERN, message = "must be a UUID") String contractId,
            @Email @Schema(example = "commissioning@council.example") String email,
            @Size(max = 500) @Schema(example = "https://finance.trust.example/hooks/sdc") String webhookUrl,
            @Size(max = 1000) @Schema(description = "Why it changes; kept in the audit history. Required here or in the Change-Reason header",
                    example = "The trust's finance system moved to a new address") String reason) {
    }

    @Schema(name = "SubscriptionRequest")
    public record Request(
            @NotBlank @Pattern(regexp = "(role|user):[A-Za-z0-9._@-]+", message = "must be role:<role> or user:<name>")
            @Schema(example = "role:commissioner") String recipient,
            @Size(max = 50) List<@NotBlank String> eventTypes,
            @Pattern(regexp = UuidParams.PATTERN, message = "must be a UUID") String contractId,
            @NotNull @Schema(example = "WEBHOOK") Channel channel,
            @Email @Schema(example = "commissioning@council.example") String email,
            @Size(max = 500) @Schema(example = "https://finance.trust.example/hooks/sdc") String webhookUrl) {
    }

    @Schema(name = "Subscription")
    public record View(UUID id, String recipient, List<String> eventTypes, UUID contractId, Channel channel, String email,
                       String webhookUrl, @Schema(description = "Only in the answer that created it") String webhookSecret,
                       @Schema(description = "False once ended: it then covers nothing") boolean active) {
        static View of(Subscription subscription, String webhookSecret) {
            return new View(subscription.id(), subscription.recipient(), subscription.eventTypes(), subscription.contractId(),
                    subscription.channel(), subscription.email(), subscription.webhookUrl(), webhookSecret, subscription.active());
        }
    }
}
