package io.sdc.portal.improvement;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.sdc.portal.api.Service.PERFORMANCE;

/**
 * A contract's improvement plan as the improvement board sees it: the plan, the count of recommendations per theme and
 * status, then per theme the recommendations with their actions (overdue first), the linked indicators' latest RAG and
 * the progress reported since the board's date.
 */
@Path("/contracts/{contractId}/improvement")
public class ImprovementPlanPage extends PortalPage {

    /** The statuses a board decides, in the order of its closing table. */
    static final List<String> STATUSES = List.of("OPEN", "MONITORED_BY_IMPROVEMENT_BOARD", "MONITORED_BY_OTHER_BODY", "BUSINESS_AS_USUAL", "CLOSED");

    /** The board's address showing only the recommendations that have an overdue action. */
    static final String OVERDUE_ONLY = "overdue";

    @jakarta.inject.Inject
    io.sdc.portal.performance.PerformanceApi api;
    @jakarta.inject.Inject
    ImprovementApi improvement;

    @Location("improvement/plan.html")
    Template plan;

    @GET
    public Response plan(@PathParam("contractId") String contractId, @QueryParam("since-day") String day,
                         @QueryParam("since-month") String month, @QueryParam("since-year") String year,
                         @QueryParam("show") String show) {
        person.require();
        List<Map<String, Object>> plans = ApiAnswer.maps(backend.get(PERFORMANCE, Backend.path("/api/v1/contracts/{}/improvement-plans", contractId))
                .orRefuse().list());
        DateInput since = DateInput.typed(day, month, year);
        FormErrors errors = FormErrors.none();
        Optional<java.time.LocalDate> sinceDate = Optional.empty();
        if (!since.isEmpty()) {
            sinceDate = since.date();
            if (sinceDate.isEmpty()) {
                errors = FormErrors.of("since-day", "Progress since must be a real date, for example 14 1 2016");
            }
        }
        var page = api.common(plan.instance(), contractId, "improvement").data("contractId", contractId)
                .data("since", since).data("errors", errors).data("statuses", STATUSES);
        Map<String, Object> latest = latest(plans);
        boolean overdueOnly = OVERDUE_ONLY.equals(show);
        page.data("overdueOnly", overdueOnly);
        page.data("plan", latest).data("reviews", latest == null ? List.of() : improvement.reviews(latest.get("id")));
        if (latest == null) {
            return pages.show(page.data("board", null).data("themes", List.of()), Section.PERFORMANCE, contractId);
        }
        ApiAnswer answer = backend.get(PERFORMANCE, Backend.path("/api/v1/improvement-plans/{}/board", String.valueOf(latest.get("id")))
                + Backend.query("since", sinceDate.map(Object::toString).orElse(null)));
        Map<String, Object> board = answer.orRefuse().object();
        List<Theme> themes = new ArrayList<>();
        for (Map<String, Object> count : ApiAnswer.maps(board.get("themes"))) {
            String theme = String.valueOf(count.get("theme"));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> item : ApiAnswer.maps(board.get("recommendations"))) {
                if (theme.equals(((Map<?, ?>) item.get("recommendation")).get("theme")) && (!overdueOnly || overdueActions(item) > 0)) {
                    items.add(item);
                }
            }
            themes.add(new Theme(theme, counts(count.get("byStatus")), number(count.get("total")), items));
        }
        Map<?, ?> totals = board.get("totals") instanceof Map<?, ?> m ? m : Map.of();
        List<Long> totalCounts = counts(totals);
        long all = totalCounts.stream().mapToLong(Long::longValue).sum();
        return pages.show(errors.any() ? 400 : 200, page.data("board", board).data("themes", themes).data("totals", totalCounts)
                .data("allTotal", all), Section.PERFORMANCE, contractId);
    }

    /** The latest version of a contract's plans, or null when it has none. */
    static Map<String, Object> latest(List<Map<String, Object>> plans) {
        return plans.stream().max(Comparator.comparing(p -> ((Number) p.get("planVersion")).intValue())).orElse(null);
    }

    /** How many of a board item's actions are overdue. */
    static long overdueActions(Map<String, Object> item) {
        return ApiAnswer.maps(item.get("actions")).stream().filter(action -> "OVERDUE".equals(action.get("status"))).count();
    }

    private static List<Long> counts(Object byStatus) {
        Map<?, ?> map = byStatus instanceof Map<?, ?> m ? m : Map.of();
        List<Long> counts = new ArrayList<>();
        for (String status : STATUSES) {
            counts.add(number(map.get(status)));
        }
        return counts;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0L;
    }

    /** A theme of the plan: its counts in the order of {@link #STATUSES}, its total and its recommendations on the board. */
    @TemplateData
    public record Theme(String name, List<Long> counts, long total, List<Map<String, Object>> items) {
    }
}
