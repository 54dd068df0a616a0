package io.sdc.portal.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.Pages;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's inbox: their own notifications and their role's, unread first (as notification-service orders them),
 * each linked to what it is about, with "Mark as read" for the roles that may.
 */
@Path("/notifications")
public class InboxPage {

    static final int PAGE_SIZE = 20;

    private static final Pattern CHANGE_REQUEST = Pattern.compile("Change request (\\S+) '");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\b(\\d{4}/\\d{2})\\b");
    private static final Pattern FOOTER = Pattern.compile("^(Contract [0-9a-fA-F-]{36}\\. Event |Event [a-z.-]+, |This message gives no case details).*");

    @Inject
    CurrentPerson person;
    @Inject
    Pages pages;
    @Inject
    Forms forms;
    @Inject
    Backend backend;
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
                .data("prevPage", number - 1)
                .data("nextPage", number + 1)
                .data("hasNext", entries.size() == PAGE_SIZE)
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
        String aboutHref = null;
        String aboutText = null;
        if (!contractId.isEmpty()) {
            if (eventType.startsWith("contract.change-request.") || eventType.equals("reminder.decision-waiting")) {
                Matcher reference = CHANGE_REQUEST.matcher(title);
                if (reference.find()) {
                    Optional<String> changeRequest = links.changeRequest(contractId, reference.group(1));
                    if (changeRequest.isPresent()) {
                        aboutHref = "/change-requests/" + changeRequest.get();
                        aboutText = "Change request " + reference.group(1);
                    }
                }
            } else if (eventType.startsWith("finance.") || eventType.equals("reminder.return-overdue")) {
                Matcher year = FINANCIAL_YEAR.matcher(title);
                if (year.find()) {
                    Optional<String> budget = links.budget(contractId, year.group(1));
                    if (budget.isPresent()) {
                        aboutHref = "/budgets/" + budget.get();
                        aboutText = "The " + year.group(1) + " budget";
                    }
                }
            } else if (eventType.startsWith("performance.") || eventType.equals("reminder.observations-overdue")
                    || eventType.equals("reminder.milestone-approaching")) {
                aboutHref = "/contracts/" + contractId + "/performance";
                aboutText = "The contract's performance";
            } else if (eventType.equals("reminder.annual-review-due")) {
                aboutHref = "/contracts/" + contractId;
                aboutText = "The contract";
            }
        }
        return new InboxEntry(text(notification.get("id")), eventType, EventTypes.label(eventType),
                text(notification.get("severity")), title, lines, text(notification.get("deliveredAt")),
                text(notification.get("readAt")), contractId, contractId.isEmpty() ? "" : links.contractName(contractId),
                aboutHref, aboutText);
    }

    /** The unread count as text, empty when there is none. */
    private static String unread(ApiAnswer count) {
        String unread = text(count.object().get("unread"));
        return unread.isEmpty() || unread.equals("0") ? "" : unread;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Finds what notifications name by words (a change request's reference, a financial year) once per page. */
    private final class Links {
        private Map<String, String> contractNames;
        private final Map<String, Map<String, String>> changeRequests = new HashMap<>();
        private final Map<String, Map<String, String>> budgets = new HashMap<>();

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

        Optional<String> changeRequest(String contractId, String reference) {
            return Optional.ofNullable(changeRequests.computeIfAbsent(contractId, contract -> index(
                    backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/change-requests", contract)
                            + Backend.query("size", 200)), "reference")).get(reference));
        }

        Optional<String> budget(String contractId, String financialYear) {
            return Optional.ofNullable(budgets.computeIfAbsent(contractId, contract -> index(
                    backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/budgets", contract)), "financialYear"))
                    .get(financialYear));
        }

        private Map<String, String> index(ApiAnswer answer, String key) {
            Map<String, String> ids = new HashMap<>();
            if (answer.succeeded()) {
                for (Object item : answer.list()) {
                    if (item instanceof Map<?, ?> view && view.get(key) != null && view.get("id") != null) {
                        ids.put(view.get(key).toString(), view.get("id").toString());
                    }
                }
            }
            return ids;
        }
    }
}
