package io.sdc.portal.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.session.SignedInPerson;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears about what, and how: the active subscriptions (those that reach the person first), a form to add one
 * (inbox, email or signed webhook; the person or a role; some event types; one contract or every one) and a button
 * to remove each. Commissioners and admins add and remove; auditors read; the trust's roles may not see them.
 */
@Path("/notifications/subscriptions")
public class SubscriptionsPage extends PortalPage {

    /** The form's inputs by the API field each stands for. */
    private static final Map<String, String> INPUTS = Map.of("recipient", "recipient", "channel", "channel",
            "email", "email", "webhookUrl", "webhook-url", "eventTypes", "event-types", "contractId", "contract-id");
    private static final Map<String, String> LABELS = Map.of("recipient", "Who to tell", "channel", "How to tell them",
            "email", "Email address", "webhookUrl", "Webhook URL", "eventTypes", "Event types", "contractId", "Contract");

    @Location("notification/subscriptions.html")
    Template subscriptions;
    @Location("notification/end-subscription.html")
    Template endSubscription;

    /** What the person typed into the form, shown again when it is refused. */
    @TemplateData
    public record Entered(String recipient, String channel, String email, String webhookUrl, List<String> eventTypes,
                          String contractId) {
        static Entered empty() {
            return new Entered("", "", "", "", List.of(), "");
        }

        public boolean hasEventType(String code) {
            return eventTypes.contains(code);
        }
    }

    /** A choice of the form's "Who to tell" question. */
    @TemplateData
    public record Choice(String value, String text, String hint) {
    }

    @GET
    public Response list(@QueryParam("added") String added, @QueryParam("removed") String removed) {
        person.require();
        ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/subscriptions").orRefuse();
        return pages.show(page(answer, Entered.empty(), FormErrors.none())
                .data("added", added != null && !added.isBlank())
                .data("removed", removed != null && !removed.isBlank()), Section.NOTIFICATIONS, null);
    }

    @POST
    public Response add(@RestForm("csrf") String csrf, @RestForm("recipient") String recipient,
                        @RestForm("channel") String channel, @RestForm("email") String email,
                        @RestForm("webhookUrl") String webhookUrl, @RestForm("eventTypes") List<String> eventTypes,
                        @RestForm("contractId") String contractId) {
        forms.check(csrf);
        person.require();
        Entered entered = new Entered(blankless(recipient), blankless(channel), blankless(email), blankless(webhookUrl),
                eventTypes == null ? List.of() : eventTypes.stream().filter(type -> type != null && !type.isBlank()).toList(),
                blankless(contractId));
        if (entered.channel().isEmpty()) {
            return again(entered, FormErrors.of("channel", "Select how to tell them"));
        }
        if (entered.recipient().isEmpty()) {
            return again(entered, FormErrors.of("recipient", "Select who to tell"));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("recipient", entered.recipient());
        request.put("channel", entered.channel());
        request.put("eventTypes", entered.eventTypes());
        request.put("contractId", entered.contractId().isEmpty() ? null : entered.contractId());
        if (entered.channel().equals("EMAIL")) {
            request.put("email", entered.email().isEmpty() ? null : entered.email());
        }
        if (entered.channel().equals("WEBHOOK")) {
            request.put("webhookUrl", entered.webhookUrl().isEmpty() ? null : entered.webhookUrl());
        }
        ApiAnswer created = backend.call(Service.NOTIFICATION, "POST", "/api/v1/subscriptions").json(request).send();
        if (!created.succeeded()) {
            if (created.status() == 401 || created.status() == 403) {
                created.orRefuse();
            }
            String first = switch (entered.channel()) {
                case "EMAIL" -> "email";
                case "WEBHOOK" -> "webhook-url";
                default -> "recipient";
            };
            Problem problem = created.problem().orElseThrow();
            return again(entered, problem.violations().isEmpty() && !first.equals("recipient")
                    ? FormErrors.of(first, problem.message())
                    : FormErrors.of(named(problem), INPUTS, first));
        }
        Object secret = created.object().get("webhookSecret");
        if (secret == null || secret.toString().isBlank()) {
            return pages.seeOther("/notifications/subscriptions?added=1");
        }
        // The secret is in this answer only: shown now, on this page, and never again.
        ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/subscriptions").orRefuse();
        return pages.show(201, page(answer, Entered.empty(), FormErrors.none())
                .data("added", false).data("removed", false)
                .data("webhookSecret", secret.toString())
                .data("webhookUrl", String.valueOf(created.object().get("webhookUrl"))), Section.NOTIFICATIONS, null);
    }

    /** The question before a subscription is ended: why (the service keeps the reason in the audit history). */
    @GET
    @Path("/{id}/end")
    public Response endForm(@PathParam("id") String id) {
        person.require();
        return pages.show(endPage(id, "", FormErrors.none()), Section.NOTIFICATIONS, null);
    }

    /** Ends a subscription with the reason given: nothing is deleted, it covers nothing from now on. */
    @POST
    @Path("/{id}/end")
    public Response end(@RestForm("csrf") String csrf, @PathParam("id") String id, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        String given = blankless(reason);
        ApiAnswer ended = backend.call(Service.NOTIFICATION, "DELETE", Backend.path("/api/v1/subscriptions/{}", id))
                .reason(given).send();
        if (ended.succeeded()) {
            return pages.seeOther("/notifications/subscriptions?removed=1");
        }
        if (ended.status() != 400 && ended.status() != 409) {
            ended.orRefuse();
        }
        Problem problem = ended.problem().orElseThrow();
        return pages.show(ended.status(), endPage(id, given, FormErrors.of(
                Reasons.asked(problem, "Enter the reason for ending the subscription"), Map.of("reason", "reason"), "reason")),
                Section.NOTIFICATIONS, null);
    }

    private TemplateInstance endPage(String id, String reason, FormErrors errors) {
        SignedInPerson me = person.require();
        Map<?, ?> subscription = backend.get(Service.NOTIFICATION, Backend.path("/api/v1/subscriptions/{}", id)).orRefuse().object();
        return endSubscription.data("subscription", view(subscription, me, contracts()))
                .data("active", !Boolean.FALSE.equals(subscription.get("active")))
                .data("reason", reason).data("errors", errors);
    }

    private Response again(Entered entered, FormErrors errors) {
        ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/subscriptions").orRefuse();
        return pages.show(400, page(answer, entered, errors).data("added", false).data("removed", false),
                Section.NOTIFICATIONS, null);
    }

    private TemplateInstance page(ApiAnswer answer, Entered entered, FormErrors errors) {
        SignedInPerson me = person.require();
        Map<String, String> contracts = contracts();
        Set<String> mine = Set.of("user:" + me.username(), "role:" + me.role().claim());
        List<SubscriptionView> yours = new ArrayList<>();
        List<SubscriptionView> others = new ArrayList<>();
        for (Object item : answer.list()) {
            if (item instanceof Map<?, ?> subscription) {
                SubscriptionView view = view(subscription, me, contracts);
                (mine.contains(view.recipient()) ? yours : others).add(view);
            }
        }
        List<Choice> recipients = new ArrayList<>();
        recipients.add(new Choice("user:" + me.username(), "Only me", "Signed in as " + me.username()));
        for (Role role : Role.values()) {
            recipients.add(new Choice("role:" + role.claim(), "Everyone acting as " + role.title(), null));
        }
        return subscriptions.data("yours", yours).data("others", others)
                .data("mayChange", person.is(Role.COMMISSIONER, Role.ADMIN))
                .data("eventTypes", EventTypes.ALL)
                .data("recipients", recipients)
                .data("contracts", contracts)
                .data("entered", entered)
                .data("errors", errors)
                .data("webhookSecret", null)
                .data("webhookUrl", null);
    }

    private static SubscriptionView view(Map<?, ?> subscription, SignedInPerson me, Map<String, String> contracts) {
        String recipient = text(subscription.get("recipient"));
        String recipientText;
        if (recipient.equals("user:" + me.username())) {
            recipientText = "You (" + me.username() + ")";
        } else if (recipient.startsWith("role:")) {
            recipientText = Role.ofClaim(recipient.substring(5)).map(role -> "Everyone acting as " + role.title()).orElse(recipient);
        } else if (recipient.startsWith("user:")) {
            recipientText = recipient.substring(5);
        } else {
            recipientText = recipient;
        }
        String channel = text(subscription.get("channel"));
        String channelText = switch (channel) {
            case "EMAIL" -> "Email";
            case "WEBHOOK" -> "Webhook";
            case "INBOX" -> "Inbox";
            default -> channel;
        };
        String destination = switch (channel) {
            case "EMAIL" -> text(subscription.get("email"));
            case "WEBHOOK" -> text(subscription.get("webhookUrl"));
            default -> "";
        };
        List<String> types = new ArrayList<>();
        if (subscription.get("eventTypes") instanceof List<?> codes) {
            codes.forEach(code -> types.add(EventTypes.label(String.valueOf(code))));
        }
        String contractId = text(subscription.get("contractId"));
        String contractName = contractId.isEmpty() ? "" : contracts.getOrDefault(contractId, contractId);
        return new SubscriptionView(text(subscription.get("id")), recipient, recipientText, channel, channelText, destination,
                types, contractId, contractName);
    }

    /** The contracts a subscription may be limited to: id → reference and title. */
    private Map<String, String> contracts() {
        Map<String, String> contracts = new LinkedHashMap<>();
        for (Object contract : backend.get(Service.CONTRACT, "/api/v1/contracts").list()) {
            if (contract instanceof Map<?, ?> view && view.get("id") != null) {
                contracts.put(view.get("id").toString(), text(view.get("reference")) + ": " + text(view.get("title")));
            }
        }
        return contracts;
    }

    /** The service's refusal with each field's message as a sentence that names the field as the form does. */
    private static Problem named(Problem problem) {
        List<Problem.Violation> violations = problem.violations().stream().map(violation -> {
            String field = violation.field();
            String key = field == null ? "" : field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
            String message = violation.message() == null ? "" : violation.message().strip();
            if (message.startsWith("it ")) {
                message = message.substring(3);
            }
            String label = LABELS.get(key);
            return label == null || message.isEmpty() || Character.isUpperCase(message.charAt(0))
                    ? violation : new Problem.Violation(field, label + " " + message);
        }).toList();
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), violations);
    }

    private static String blankless(String value) {
        return value == null ? "" : value.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
