package io.sdc.portal.improvement;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Map;

import static io.sdc.portal.api.Service.PERFORMANCE;

/** The count of a contract's overdue improvement actions, as the improvement board's view of its latest plan gives them. */
@RequestScoped
public class OverdueActions {

    @Inject
    Backend backend;

    /** The count and the board showing them, or null when the plans cannot be read; a contract without a plan has none. */
    public Count of(String contractId) {
        ApiAnswer plans = backend.get(PERFORMANCE, Backend.path("/api/v1/contracts/{}/improvement-plans", contractId));
        if (!plans.succeeded()) {
            return null;
        }
        Map<String, Object> latest = ImprovementPlanPage.latest(ApiAnswer.maps(plans.list()));
        if (latest == null) {
            return new Count(null, 0, Backend.path("/contracts/{}/improvement", contractId));
        }
        ApiAnswer board = backend.get(PERFORMANCE, Backend.path("/api/v1/improvement-plans/{}/board", String.valueOf(latest.get("id"))));
        if (!board.succeeded()) {
            return null;
        }
        long overdue = ApiAnswer.maps(board.object().get("recommendations")).stream()
                .mapToLong(ImprovementPlanPage::overdueActions).sum();
        return new Count(String.valueOf(latest.get("title")), overdue,
                Backend.path("/contracts/{}/improvement", contractId) + Backend.query("show", ImprovementPlanPage.OVERDUE_ONLY));
    }

    /** The plan's title (none without a plan), how many of its actions are overdue, and the board's page showing them. */
    @TemplateData
    public record Count(String plan, long overdue, String href) {
    }
}
