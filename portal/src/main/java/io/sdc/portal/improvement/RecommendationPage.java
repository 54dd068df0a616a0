package io.sdc.portal.improvement;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Resource;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

import static io.sdc.portal.api.Service.PERFORMANCE;

/**
 * One recommendation of a contract's improvement plan: its number, text, theme, source, indicators with their latest
 * RAG, the board's decisions, and its actions with their progress; the board's decision on its status (commissioners)
 * and a new action answering it (either party).
 */
@Path("/contracts/{contractId}/improvement/recommendations/{recommendationId}")
public class RecommendationPage extends ImprovementPages {

    @Location("improvement/recommendation.html")
    Template recommendation;
    @Location("improvement/decision.html")
    Template decision;
    @Location("improvement/new-action.html")
    Template newAction;

    @GET
    public Response show(@PathParam("contractId") String contractId, @PathParam("recommendationId") String id,
                         @QueryParam("done") String done) {
        person.require();
        Resource read = improvement.recommendation(contractId, id);
        Map<String, Object> rec = read.view();
        Map<String, Object> item = improvement.boardItem(rec.get("planId"), id);
        List<Map<String, Object>> actions = item != null ? ApiAnswer.maps(item.get("actions")) : improvement.actions(id);
        TemplateInstance page = performance.common(recommendation.instance(), contractId, "improvement")
                .data("rec", rec)
                .data("indicators", item != null ? ApiAnswer.maps(item.get("indicators")) : List.of())
                .data("actions", actions.stream().map(improvement::card).toList())
                .data("mayDecide", improvement.mayDecide(rec))
                .data("mayAddAction", improvement.mayAddAction(rec))
                .data("done", doneMessage(done))
                .data("base", base(contractId, id));
        return pages.show(page, Section.PERFORMANCE, contractId);
    }

    @GET
    @Path("/decision")
    public Response decisionForm(@PathParam("contractId") String contractId, @PathParam("recommendationId") String id) {
        return onRecommendation(contractId, id, this::decisionPage).shown(allowedIf(improvement::mayDecide,
                "Only the council's commissioners record the improvement board's decisions, and a closed recommendation takes none."),
                read -> ImprovementForms.Decision.fresh(read.etag()));
    }

    @POST
    @Path("/decision")
    public Response decide(@PathParam("contractId") String contractId, @PathParam("recommendationId") String id,
                           @RestForm("csrf") String csrf, @BeanParam ImprovementForms.Decision form) {
        return onRecommendation(contractId, id, this::decisionPage).sent(csrf, form,
                () -> backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/recommendations/{}/decisions", id))
                        .ifMatch(form.etag).reason(form.reason).json(form.toRequest()).send(),
                (before, taken) -> base(contractId, id) + "?done=decided");
    }

    @GET
    @Path("/actions/new")
    public Response newActionForm(@PathParam("contractId") String contractId, @PathParam("recommendationId") String id) {
        return onRecommendation(contractId, id, this::newActionPage).shown(allowedIf(improvement::mayAddAction,
                "Commissioners and the trust's performance staff add actions, and a closed recommendation takes none."),
                read -> new ImprovementForms.NewAction());
    }

    @POST
    @Path("/actions/new")
    public Response addAction(@PathParam("contractId") String contractId, @PathParam("recommendationId") String id,
                              @RestForm("csrf") String csrf, @BeanParam ImprovementForms.NewAction form) {
        return onRecommendation(contractId, id, this::newActionPage).sent(csrf, form,
                () -> backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/recommendations/{}/actions", id))
                        .json(form.toRequest()).send(),
                (before, taken) -> base(contractId, id) + "?done=action-added#action-" + taken.object().get("id"));
    }

    /** A form on this recommendation, shown on {@code page}. */
    private <F extends ImprovementForms.Refusable> PlanForm<F> onRecommendation(String contractId, String id, FormPage<F> page) {
        return new PlanForm<>(contractId, () -> improvement.recommendation(contractId, id), page);
    }

    private TemplateInstance decisionPage(String contractId, Resource read, ImprovementForms.Decision form, FormErrors errors) {
        return performance.common(decision.instance(), contractId, "improvement")
                .data("rec", read.view()).data("form", form).data("errors", errors)
                .data("statuses", ImprovementForms.RECOMMENDATION_STATUSES).data("base", base(contractId, read.id()));
    }

    private TemplateInstance newActionPage(String contractId, Resource read, ImprovementForms.NewAction form, FormErrors errors) {
        return performance.common(newAction.instance(), contractId, "improvement")
                .data("rec", read.view()).data("form", form).data("errors", errors).data("base", base(contractId, read.id()));
    }

    static String base(String contractId, String recommendationId) {
        return Backend.path("/contracts/{}/improvement/recommendations/{}", contractId, recommendationId);
    }

    /** The success banner's sentence after a form. */
    static String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "decided" -> "The board's decision is recorded";
            case "action-added" -> "The action is added";
            case "progress" -> "Progress is reported";
            case "completed" -> "The action is confirmed complete";
            case "changed" -> "The action is changed";
            case "evidence" -> "The evidence file is attached";
            default -> null;
        };
    }
}
