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
     * The portal's page for a kind of resource a notification is about: its path ({@code {}} the contract's id then the
     * resource's for a page of a contract, else the resource's) and its link's words ({@code {}} the resource's id).
     */
    private record Page(String path, String words) {

        boolean ofContract() {
            return path.startsWith("/contracts/{}");
        }

        About about(String contractId, String id) {
            Object[] values = !ofContract() ? new Object[] {id}
                    : path.indexOf("{}") == path.lastIndexOf("{}") ? new Object[] {contractId} : new Object[] {contractId, id};
            return new About(Backend.path(path, values), words.replace("{}", id));
        }
    }

    private static final Map<String, Page> PAGES = Map.ofEntries(
            Map.entry("change-request", new Page("/change-requests/{}", "The change request")),
            Map.entry("budget", new Page("/budgets/{}", "The budget")),
            Map.entry("forecast", new Page("/budgets/{}/forecast", "The budget's forecast")),
            Map.entry("outturn", new Page("/budgets/{}/outturn", "The budget's outturn")),
            Map.entry("issued-report", new Page("/reports/issued/{}", "The issued report")),
            Map.entry("basket-version", new Page("/contracts/{}/performance/baskets", "The PI basket versions")),
            Map.entry("milestone", new Page("/contracts/{}/performance/milestones", "The milestones")),
            Map.entry("indicator", new Page("/contracts/{}/performance/indicators/{}", "Indicator {}")),
            Map.entry("recommendation", new Page("/contracts/{}/improvement/recommendations/{}", "The recommendation")),
            Map.entry("improvement-action", new Page("/contracts/{}/improvement/actions/{}", "The improvement action")),
            Map.entry("improvement-review", new Page("/contracts/{}/improvement/reviews/{}", "The review and its findings")));

    /**
     * The page of what the notification is about, from the {@code about} notification-service keeps (a kind of
     * resource and its id); for a notification without it (one about the contract as a whole, or made before it was
     * kept), the contract's page for the event's area. None for a notification about no contract.
     */
    static About about(Object about, String eventType, String contractId) {
        if (about instanceof Map<?, ?> named && named.get("type") != null && named.get("id") != null) {
            Page page = PAGES.get(named.get("type").toString());
            if (page != null && (!page.ofContract() || !contractId.isEmpty())) {
                return page.about(contractId, named.get("id").toString());
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
