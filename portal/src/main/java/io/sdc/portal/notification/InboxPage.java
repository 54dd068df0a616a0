package io.sdc.portal.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.Pagination;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The person's inbox: their own notifications and their role's, unread first (as notification-service orders them),
 * each linked to what it is about (the {@code about} notification-service keeps with it), with "Mark as read" for the
 * roles that may.
 */
@Path("/notifications")
public class InboxPage extends PortalPage {

    static final int PAGE_SIZE = 20;

    private static final Pattern FOOTER = Pattern.compile("^(Contract [0-9a-fA-F-]{36}\\. Event |Event [a-z.-]+, |This message gives no case details).*");

    @Location("notification/inbox.html")
    Template inbox;

    @GET
    public Response inbox(@QueryParam("page") Integer page, @QueryParam("unread") String unreadOnly,
                          @QueryParam("marked") String marked) {
        person.require();
        int number = page == null || page < 1 ? 1 : page;
        boolean onlyUnread = "true".equals(unreadOnly);
        ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/inbox"
                + Backend.query("unread", onlyUnread ? "true" : null, "page", number - 1, "size", PAGE_SIZE)).orRefuse();
        ApiAnswer count = backend.get(Service.NOTIFICATION, "/api/v1/inbox/unread-count").orRefuse();
        Links links = new Links();
        List<InboxEntry> entries = new ArrayList<>();
        for (Object item : answer.list()) {
            if (item instanceof Map<?, ?> notification) {
                entries.add(entry(notification, links));
            }
        }
        return pages.show(inbox.data("entries", entries)
                .data("unread", unread(count))
                .data("page", number)
                .data("pagination", Pagination.open(onlyUnread ? "/notifications?unread=true&" : "/notifications?", number,
                        entries.size() == PAGE_SIZE))
                .data("onlyUnread", onlyUnread)
                .data("marked", marked != null && !marked.isBlank())
                .data("mayMarkRead", mayMarkRead())
                .data("maySeeSubscriptions", person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN))
                .data("errors", FormErrors.none()), Section.NOTIFICATIONS, null);
    }

    @POST
    @Path("/{id}/read")
    public Response markRead(@RestForm("csrf") String csrf, @PathParam("id") String id, @RestForm("page") Integer page,
                             @RestForm("unread") String unreadOnly) {
        forms.check(csrf);
        person.require();
        backend.call(Service.NOTIFICATION, "POST", Backend.path("/api/v1/inbox/{}/read", id)).send().orRefuse();
        int number = page == null || page < 1 ? 1 : page;
        return pages.seeOther("/notifications" + Backend.query("unread", "true".equals(unreadOnly) ? "true" : null,
                "page", number > 1 ? number : null, "marked", "1"));
    }

    /** Auditors write nothing, not even a notification's read mark (README, "Who may do what"). */
    private boolean mayMarkRead() {
        return person.is(Role.COMMISSIONER, Role.TRUST_PERFORMANCE, Role.TRUST_FINANCE, Role.ADMIN);
    }

    private InboxEntry entry(Map<?, ?> notification, Links links) {
        String title = text(notification.get("title"));
        String eventType = text(notification.get("eventType"));
        String contractId = text(notification.get("contractId"));
        List<String> lines = new ArrayList<>();
        for (String line : text(notification.get("text")).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.equals(title) && !FOOTER.matcher(trimmed).matches()) {
                lines.add(trimmed);
            }
        }
        About about = about(notification.get("about"), eventType, contractId);
        return new InboxEntry(text(notification.get("id")), eventType, EventTypes.label(eventType),
                text(notification.get("severity")), title, lines, text(notification.get("deliveredAt")),
                text(notification.get("readAt")), contractId, contractId.isEmpty() ? "" : links.contractName(contractId),
                about == null ? null : about.href(), about == null ? null : about.text());
    }

    /** A link's address and words. */
    record About(String href, String text) {
    }

    /**
     * The page of what the notification is about, from the {@code about} notification-service keeps (a kind of
     * resource and its id); for a notification without it (one about the contract as a whole, or made before it was
     * kept), the contract's page for the event's area. None for a notification about no contract.
     */
    static About about(Object about, String eventType, String contractId) {
        if (about instanceof Map<?, ?> named && named.get("type") != null && named.get("id") != null) {
            String id = named.get("id").toString();
            switch (named.get("type").toString()) {
                case "change-request" -> {
                    return new About(Backend.path("/change-requests/{}", id), "The change request");
                }
                case "budget" -> {
                    return new About(Backend.path("/budgets/{}", id), "The budget");
                }
                case "forecast" -> {
                    return new About(Backend.path("/budgets/{}/forecast", id), "The budget's forecast");
                }
                case "outturn" -> {
                    return new About(Backend.path("/budgets/{}/outturn", id), "The budget's outturn");
                }
                case "basket-version" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/performance/baskets", contractId), "The PI basket versions");
                    }
                }
                case "milestone" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/performance/milestones", contractId), "The milestones");
                    }
                }
                case "indicator" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/performance/indicators/{}", contractId, id), "Indicator " + id);
                    }
                }
                case "recommendation" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/improvement/recommendations/{}", contractId, id), "The recommendation");
                    }
                }
                case "improvement-action" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/improvement/actions/{}", contractId, id), "The improvement action");
                    }
                }
                case "improvement-review" -> {
                    if (!contractId.isEmpty()) {
                        return new About(Backend.path("/contracts/{}/improvement/reviews/{}", contractId, id), "The review and its findings");
                    }
                }
                case "issued-report" -> {
                    return new About(Backend.path("/reports/issued/{}", id), "The issued report");
                }
                default -> {
                }
            }
        }
        if (contractId.isEmpty()) {
            return null;
        }
        if (eventType.startsWith("contract.change-request.") || eventType.equals("reminder.decision-waiting")) {
            return new About(Backend.path("/contracts/{}/change-requests", contractId), "The contract's change requests");
        }
        if (eventType.startsWith("finance.") || eventType.equals("reminder.return-overdue")) {
            return new About(Backend.path("/contracts/{}/finance", contractId), "The contract's finance");
        }
        if (eventType.startsWith("performance.") || eventType.equals("reminder.observations-overdue")
                || eventType.equals("reminder.milestone-approaching")) {
            return new About(Backend.path("/contracts/{}/performance", contractId), "The contract's performance");
        }
        if (eventType.equals("reminder.annual-review-due")) {
            return new About(Backend.path("/contracts/{}", contractId), "The contract");
        }
        return null;
    }

    /** The unread count as text, empty when there is none. */
    private static String unread(ApiAnswer count) {
        String unread = text(count.object().get("unread"));
        return unread.isEmpty() || unread.equals("0") ? "" : unread;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Names the contracts notifications are about, read once per page. */
    private final class Links {
        private Map<String, String> contractNames;

        String contractName(String contractId) {
            if (contractNames == null) {
                contractNames = new HashMap<>();
                ApiAnswer contracts = backend.get(Service.CONTRACT, "/api/v1/contracts");
                for (Object contract : contracts.list()) {
                    if (contract instanceof Map<?, ?> view && view.get("id") != null) {
                        contractNames.put(view.get("id").toString(), text(view.get("reference")));
                    }
                }
            }
            String name = contractNames.get(contractId);
            return name == null || name.isBlank() ? contractId : name;
        }
    }
}
