package io.sdc.portal.home;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.api.ServiceUnavailable;
import io.sdc.portal.session.Role;
import io.sdc.portal.performance.Figures;
import io.sdc.portal.web.Formats;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The home page: for the signed-in person's role, what needs them now, each with a link to the page that acts on it.
 * Each block is read as the person; a block whose read is refused (their role may not read it) is left out. Nothing
 * is worked out here that the services decide: the overdue returns and observations are the reminders the
 * notification service raised in the person's inbox.
 */
@Path("/")
public class HomeResource extends PortalPage {

    static final String RETURN_OVERDUE = "reminder.return-overdue";
    static final String OBSERVATIONS_OVERDUE = "reminder.observations-overdue";
    /** The older budgets looked at for a forecast when the newest has no monitoring return yet. */
    private static final int BUDGETS_TRIED = 3;

    @Location("home.html")
    Template home;

    /** Reads the blocks at once, each on its own thread in this request's context (the person and their token). */
    @Inject
    ManagedExecutor executor;
    @Inject
    io.sdc.portal.report.IssuedReports issuedReports;
    @Inject
    io.sdc.portal.improvement.OverdueActions overdueActions;

    @GET
    public Response home() {
        Role role = person.require().role();
        Optional<String> contract = pages.defaultContract();
        CompletableFuture<ChangeRequests> changeRequests = executor.supplyAsync(() -> contract.map(id -> changeRequests(role, id)).orElse(null));
        CompletableFuture<BigDecimal> unread = executor.supplyAsync(this::unreadCount);
        CompletableFuture<List<Reminder>> reminders = executor.supplyAsync(this::reminders);
        CompletableFuture<Scorecard> scorecard = executor.supplyAsync(() -> contract.map(this::latestScorecard).orElse(null));
        CompletableFuture<Forecast> forecast = executor.supplyAsync(() -> role == Role.TRUST_PERFORMANCE ? null
                : contract.map(this::latestForecast).orElse(null));
        CompletableFuture<Reports> reports = executor.supplyAsync(() -> role == Role.COMMISSIONER
                ? contract.map(this::reports).orElse(null) : null);
        CompletableFuture<io.sdc.portal.improvement.OverdueActions.Count> improvement = executor.supplyAsync(() ->
                role == Role.COMMISSIONER || role == Role.TRUST_PERFORMANCE ? contract.map(overdueActions::of).orElse(null) : null);
        CompletableFuture<List<Validation>> validations = executor.supplyAsync(() -> contract.map(id -> validations(role, id)).orElse(null));
        java.util.Set<String> unreachable = new java.util.TreeSet<>();
        TemplateInstance page = home.data("role", role.claim())
                .data("contract", contract.orElse(null))
                .data("changeRequests", join(changeRequests, unreachable))
                .data("unread", join(unread, unreachable))
                .data("reminders", join(reminders, unreachable))
                .data("scorecard", join(scorecard, unreachable))
                .data("forecast", join(forecast, unreachable))
                .data("validations", join(validations, unreachable))
                .data("reports", join(reports, unreachable))
                .data("improvement", join(improvement, unreachable))
                .data("unreachable", List.copyOf(unreachable));
        return pages.show(page, Section.HOME);
    }

    /**
     * A block's result; a block whose service cannot be reached is left out and the service named in {@code
     * unreachable}, so that the rest of the page still shows. Any other failure is thrown as it was.
     */
    private static <T> T join(CompletableFuture<T> block, java.util.Set<String> unreachable) {
        try {
            return block.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof ServiceUnavailable down) {
                unreachable.add(down.getMessage());
                return null;
            }
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /**
     * The change requests waiting for this person: the commissioner's decisions (submitted ones, with whose signature
     * they await; agreed in principle) and approved ones to implement; the trust's own drafts to submit and the
     * submitted ones awaiting the trust's signature. Auditors and admins decide nothing.
     */
    private ChangeRequests changeRequests(Role role, String contract) {
        List<String> statuses;
        String heading;
        if (role == Role.COMMISSIONER) {
            statuses = List.of("SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED");
            heading = "Change requests waiting for your decision";
        } else if (role.isTrust()) {
            statuses = List.of("DRAFT", "SUBMITTED");
            heading = "Your trust's change requests to submit or sign";
        } else {
            return null;
        }
        List<WaitingChange> waiting = new ArrayList<>();
        for (String status : statuses) {
            ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/change-requests", contract)
                    + Backend.query("status", status, "size", 200));
            if (!answer.succeeded()) {
                return null;
            }
            for (Map<String, Object> changeRequest : ApiAnswer.maps(answer.list())) {
                List<?> awaiting = changeRequest.get("awaitingParties") instanceof List<?> parties ? parties : List.of();
                if (role.isTrust() && "DRAFT".equals(status) && !"PROVIDER".equals(changeRequest.get("raisedBy"))) {
                    continue;
                }
                if (role.isTrust() && "SUBMITTED".equals(status) && !awaiting.contains("TRUST")) {
                    continue;
                }
                waiting.add(new WaitingChange(changeRequest, nextSteps(ownSteps(changeRequest, role)), signatures(awaiting, role)));
            }
        }
        return new ChangeRequests(heading, role == Role.COMMISSIONER, waiting, "/contracts/" + contract + "/change-requests");
    }

    /** The steps the API allows next, as verbs: "approve, reject or withdraw". */
    static String nextSteps(Object allowedSteps) {
        List<String> verbs = (allowedSteps instanceof List<?> list ? list : List.of()).stream().map(String::valueOf)
                .map(step -> switch (step) {
                    case "SUBMITTED" -> "submit";
                    case "AGREED_IN_PRINCIPLE" -> "sign";
                    case "APPROVED" -> "approve";
                    case "IMPLEMENTED" -> "implement";
                    case "REJECTED" -> "reject";
                    case "WITHDRAWN" -> "withdraw";
                    default -> Formats.words(step).toLowerCase(java.util.Locale.UK);
                }).toList();
        if (verbs.isEmpty()) {
            return "";
        }
        if (verbs.size() == 1) {
            return verbs.get(0);
        }
        return String.join(", ", verbs.subList(0, verbs.size() - 1)) + " or " + verbs.get(verbs.size() - 1);
    }

    /**
     * The steps the API allows next that this person's party takes: the council decides (approves, rejects,
     * implements); the raising party withdraws; either party signs while its signature is awaited.
     */
    static List<String> ownSteps(Map<String, Object> changeRequest, Role role) {
        boolean council = role == Role.COMMISSIONER;
        boolean raised = "COMMISSIONER".equals(changeRequest.get("raisedBy")) == council;
        List<?> awaiting = changeRequest.get("awaitingParties") instanceof List<?> parties ? parties : List.of();
        List<?> allowed = changeRequest.get("allowedSteps") instanceof List<?> steps ? steps : List.of();
        return allowed.stream().map(String::valueOf).filter(step -> switch (step) {
            case "AGREED_IN_PRINCIPLE" -> awaiting.contains(council ? "COUNCIL" : "TRUST");
            case "SUBMITTED", "WITHDRAWN" -> raised;
            default -> council;
        }).toList();
    }

    /** Whose signature a submitted change request awaits, as the person reads it: "It awaits your signature for the council." */
    static String signatures(List<?> awaiting, Role role) {
        if (awaiting.isEmpty()) {
            return "";
        }
        String own = role == Role.COMMISSIONER ? "COUNCIL" : "TRUST";
        String other = role == Role.COMMISSIONER ? "the trust" : "the council";
        String ownName = role == Role.COMMISSIONER ? "the council" : "the trust";
        if (awaiting.contains(own)) {
            return "It awaits your signature for " + ownName + (awaiting.size() > 1 ? " and the signature of " + other : "") + ".";
        }
        return "It awaits the signature of " + other + ".";
    }

    /**
     * The figures waiting for this person: the commissioner's to validate (observations and monitoring returns
     * submitted by the trust), the trust's returned by the council (performance staff their observations, finance
     * staff their monitoring returns). Each a count with the page that acts on it.
     */
    private List<Validation> validations(Role role, String contract) {
        List<Validation> items = new ArrayList<>();
        if (role == Role.COMMISSIONER || role == Role.TRUST_PERFORMANCE) {
            String status = role == Role.COMMISSIONER ? "SUBMITTED" : "RETURNED";
            ApiAnswer answer = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/observations", contract)
                    + Backend.query("status", status));
            if (answer.succeeded()) {
                int count = answer.list().size();
                items.add(new Validation(role == Role.COMMISSIONER ? "Performance figures to validate" : "Performance figures returned by the council",
                        count, role == Role.COMMISSIONER ? "submitted by the trust and awaiting your validation" : "to correct and submit again",
                        Backend.path("/contracts/{}/performance/figures", contract) + Backend.query("status", status), "validation-observations"));
            }
        }
        if (role == Role.COMMISSIONER || role == Role.TRUST_FINANCE) {
            String status = role == Role.COMMISSIONER ? "SUBMITTED" : "RETURNED";
            ApiAnswer budgets = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/budgets", contract));
            if (budgets.succeeded()) {
                List<Map<String, Object>> newestFirst = new ArrayList<>(ApiAnswer.maps(budgets.list()));
                newestFirst.sort(Comparator.comparing((Map<String, Object> budget) -> String.valueOf(budget.get("financialYear"))).reversed());
                for (Map<String, Object> budget : newestFirst.subList(0, Math.min(BUDGETS_TRIED, newestFirst.size()))) {
                    ApiAnswer returns = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}/monitoring-returns", budget.get("id")));
                    if (!returns.succeeded()) {
                        continue;
                    }
                    long count = ApiAnswer.maps(returns.list()).stream().filter(r -> status.equals(r.get("status"))).count();
                    if (count > 0) {
                        items.add(new Validation((role == Role.COMMISSIONER ? "Monitoring returns to validate, " : "Monitoring returns returned by the council, ")
                                + budget.get("financialYear"), (int) count,
                                role == Role.COMMISSIONER ? "sent by the trust and awaiting your validation" : "to correct and send again",
                                Backend.path("/budgets/{}/monitoring-returns", budget.get("id")), "validation-returns-" + items.size()));
                    }
                }
            }
        }
        return items.isEmpty() && role != Role.COMMISSIONER && !role.isTrust() ? null : items;
    }

    private BigDecimal unreadCount() {
        ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/inbox/unread-count");
        return answer.succeeded() && answer.object().get("unread") instanceof BigDecimal count ? count : null;
    }

    /** The reminders of monitoring returns and observations not received, as the notification service raised them. */
    private List<Reminder> reminders() {
        List<Reminder> reminders = new ArrayList<>();
        for (String kind : List.of(RETURN_OVERDUE, OBSERVATIONS_OVERDUE)) {
            ApiAnswer answer = backend.get(Service.NOTIFICATION, "/api/v1/inbox" + Backend.query("eventType", kind, "size", 10));
            if (!answer.succeeded()) {
                return null;
            }
            for (Map<String, Object> entry : ApiAnswer.maps(answer.list())) {
                Object contract = entry.get("contractId");
                boolean isReturn = RETURN_OVERDUE.equals(kind);
                String href = contract == null ? "/notifications"
                        : "/contracts/" + contract + (isReturn ? "/finance" : "/performance");
                reminders.add(new Reminder(isReturn ? "Monitoring return" : "Performance observations",
                        String.valueOf(entry.get("title")), String.valueOf(entry.get("deliveredAt")),
                        entry.get("readAt") == null, href,
                        isReturn ? "Go to finance" : "Go to performance"));
            }
        }
        reminders.sort(Comparator.comparing(Reminder::unread).reversed()
                .thenComparing(Comparator.comparing(Reminder::deliveredAt).reversed()));
        return reminders;
    }

    /** The scorecard of the latest period that has observations, with its red indicators. */
    private Scorecard latestScorecard(String contract) {
        ApiAnswer observations = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/observations", contract));
        if (!observations.succeeded()) {
            return null;
        }
        Optional<String> latest = ApiAnswer.maps(observations.list()).stream().map(observation -> observation.get("period"))
                .filter(Objects::nonNull).map(Object::toString).max(Comparator.comparing(HomeResource::periodOrder));
        if (latest.isEmpty()) {
            return new Scorecard(null, null, List.of(), "/contracts/" + contract + "/performance");
        }
        ApiAnswer scorecard = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/scorecard", contract)
                + Backend.query("period", latest.get()));
        if (!scorecard.succeeded()) {
            return null;
        }
        Map<String, Object> card = scorecard.object();
        List<RedIndicator> red = ApiAnswer.maps(card.get("indicators")).stream()
                .filter(indicator -> "RED".equals(indicator.get("rag")))
                .map(indicator -> new RedIndicator(String.valueOf(indicator.get("indicatorCode")), String.valueOf(indicator.get("name")),
                        Figures.value(indicator.get("value"), indicator.get("unit")), Figures.value(indicator.get("target"), indicator.get("unit")),
                        Figures.value(indicator.get("toleranceLimit"), indicator.get("unit")),
                        Formats.words(indicator.get("directionSincePreviousPeriod")))).toList();
        return new Scorecard(latest.get(), card, red,
                "/contracts/" + contract + "/performance" + Backend.query("period", latest.get()));
    }

    /**
     * A period's place in time: {@code 2015-06} (a month) and {@code 2015-Q3} (a calendar quarter) by the month they
     * end in; a quarter after the month it ends with.
     */
    static String periodOrder(String period) {
        if (period.length() >= 7 && period.charAt(5) == 'Q') {
            int quarter = Character.digit(period.charAt(6), 10);
            return period.substring(0, 4) + String.format("%02d", quarter * 3) + "1";
        }
        return period.replace("-", "") + "0";
    }

    /** The forecast of the newest budget that has a monitoring return, and the budget newer than it that has none. */
    private Forecast latestForecast(String contract) {
        ApiAnswer budgets = backend.get(Service.FINANCE, Backend.path("/api/v1/contracts/{}/budgets", contract));
        if (!budgets.succeeded()) {
            return null;
        }
        List<Map<String, Object>> newestFirst = new ArrayList<>(ApiAnswer.maps(budgets.list()));
        newestFirst.sort(Comparator.comparing((Map<String, Object> budget) -> String.valueOf(budget.get("financialYear"))).reversed());
        List<String> withoutReturn = new ArrayList<>();
        for (Map<String, Object> budget : newestFirst.subList(0, Math.min(BUDGETS_TRIED, newestFirst.size()))) {
            ApiAnswer forecast = backend.get(Service.FINANCE, Backend.path("/api/v1/budgets/{}/forecast", budget.get("id")));
            if (forecast.status() == 403) {
                return null;
            }
            if (forecast.succeeded()) {
                Map<String, Object> figures = forecast.object();
                List<Map<String, Object>> lines = new ArrayList<>(ApiAnswer.maps(figures.get("lines"))
                        .stream().filter(line -> signum(line.get("variance")) != 0).toList());
                lines.sort(Comparator.comparing((Map<String, Object> line) -> decimal(line.get("variance")).abs()).reversed());
                return new Forecast(figures, signum(figures.get("variance")), lines, withoutReturn,
                        "/contracts/" + contract + "/finance");
            }
            withoutReturn.add(String.valueOf(budget.get("financialYear")));
        }
        return new Forecast(null, 0, List.of(), withoutReturn, "/contracts/" + contract + "/finance");
    }

    private static int signum(Object amount) {
        return decimal(amount).signum();
    }

    private static BigDecimal decimal(Object amount) {
        if (amount instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString());
        } catch (NumberFormatException notANumber) {
            return BigDecimal.ZERO;
        }
    }

    /** Change requests that wait for the person, and where the whole list is. */
    @TemplateData
    public record ChangeRequests(String heading, boolean decisions, List<WaitingChange> items, String listHref) {
    }

    /** A change request that waits for the person, with the steps the API allows next in words. */
    @TemplateData
    public record WaitingChange(Map<String, Object> cr, String nextSteps, String signatures) {
    }

    /** The reports the commissioner issued last, and their contract's reports page. */
    private Reports reports(String contract) {
        List<io.sdc.portal.report.IssuedReportView> issued;
        try {
            issued = issuedReports.of(contract);
        } catch (io.sdc.portal.api.ApiRefusal refused) {
            return null;
        }
        return new Reports(Backend.path("/contracts/{}/reports", contract), issued.subList(0, Math.min(3, issued.size())));
    }

    /** Figures waiting for the person: how many, what they are, and the page that acts on them. */
    @TemplateData
    public record Validation(String title, int count, String hint, String href, String id) {
    }

    /** A red indicator of the latest scorecard, its figures written in its unit. */
    @TemplateData
    public record RedIndicator(String code, String name, String value, String target, String toleranceLimit, String direction) {
    }

    /** A reminder in the person's inbox of a return or observations that have not arrived. */
    @TemplateData
    public record Reminder(String kind, String title, String deliveredAt, boolean unread, String href, String linkText) {
    }

    /** The contract's reports page and the reports issued last, newest first. */
    @TemplateData
    public record Reports(String href, List<io.sdc.portal.report.IssuedReportView> latest) {
    }

    /** The latest scorecard (absent when no period has observations yet) and its red indicators. */
    @TemplateData
    public record Scorecard(String period, Map<String, Object> card, List<RedIndicator> red, String href) {
    }

    /**
     * The latest forecast (absent when no budget has a return), its direction (1 overspend, -1 underspend), the lines
     * that vary most first, and the newer financial years without a return.
     */
    @TemplateData
    public record Forecast(Map<String, Object> figures, int direction, List<Map<String, Object>> lines,
                           List<String> yearsWithoutReturn, String href) {
    }
}
