package io.sdc.portal.improvement;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.performance.PerformanceApi;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Map;

import static io.sdc.portal.api.Service.PERFORMANCE;
import static io.sdc.portal.improvement.RecommendationPage.refuseWithoutForm;
import static io.sdc.portal.improvement.RecommendationPage.shownStatus;

/**
 * The forms on one improvement action: its owner's party reports progress; the council confirms it complete. Each
 * sends the action's ETag read when the form was shown; after it the recommendation's page shows the action.
 */
@Path("/contracts/{contractId}/improvement/actions/{actionId}")
public class ActionPages extends PortalPage {

    @Inject
    ImprovementApi improvement;
    @Inject
    PerformanceApi performance;

    @Location("improvement/progress.html")
    Template progress;
    @Location("improvement/completion.html")
    Template completion;

    @GET
    @Path("/progress")
    public Response progressForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        person.require();
        ImprovementApi.Read read = improvement.action(contractId, id);
        if (!improvement.mayReport(read.view())) {
            throw ImprovementApi.forbidden("Progress on this action is reported by " + ImprovementApi.reporter(read.view())
                    + ", until the council confirms it complete.");
        }
        return pages.show(progressPage(contractId, read, ImprovementForms.Progress.fresh(read.etag()), FormErrors.none()),
                Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/progress")
    public Response reportProgress(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                                   @RestForm("csrf") String csrf, @BeanParam ImprovementForms.Progress form) {
        forms.check(csrf);
        person.require();
        ImprovementApi.Read before = improvement.action(contractId, id);
        ApiAnswer answer = backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/progress", id))
                .ifMatch(form.etag).json(form.toRequest()).send();
        if (answer.succeeded()) {
            return pages.seeOther(afterwards(contractId, before.view(), "progress"));
        }
        refuseWithoutForm(answer);
        ImprovementApi.Read now = improvement.action(contractId, id);
        Problem problem = answer.problem().orElseThrow();
        if (problem.isStale() || answer.status() == 428) {
            form.etag = now.etag();
        }
        return pages.show(shownStatus(answer), progressPage(contractId, now, form, form.errors(problem)), Section.PERFORMANCE, contractId);
    }

    @GET
    @Path("/completion")
    public Response completionForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        person.require();
        ImprovementApi.Read read = improvement.action(contractId, id);
        requireMayConfirm(read);
        return pages.show(completionPage(contractId, read, read.etag(), FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/completion")
    public Response confirmCompletion(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                                      @RestForm("csrf") String csrf, @RestForm("etag") String etag) {
        forms.check(csrf);
        person.require();
        ImprovementApi.Read before = improvement.action(contractId, id);
        ApiAnswer answer = backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/completion", id))
                .ifMatch(etag).send();
        if (answer.succeeded()) {
            return pages.seeOther(afterwards(contractId, before.view(), "completed"));
        }
        refuseWithoutForm(answer);
        ImprovementApi.Read now = improvement.action(contractId, id);
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), Map.of(), "confirm");
        return pages.show(shownStatus(answer), completionPage(contractId, now, now.etag(), errors), Section.PERFORMANCE, contractId);
    }

    private void requireMayConfirm(ImprovementApi.Read read) {
        if (!improvement.mayConfirm(read.view())) {
            throw ImprovementApi.forbidden("Only the council's commissioners confirm an action complete, once.");
        }
    }

    private TemplateInstance progressPage(String contractId, ImprovementApi.Read read, ImprovementForms.Progress form, FormErrors errors) {
        return actionPage(progress.instance(), contractId, read, errors).data("form", form)
                .data("statuses", ImprovementForms.REPORTED_STATUSES);
    }

    private TemplateInstance completionPage(String contractId, ImprovementApi.Read read, String etag, FormErrors errors) {
        return actionPage(completion.instance(), contractId, read, errors).data("etag", etag);
    }

    /** What every form on an action shows: the action as it is now (with its progress) and where it belongs. */
    TemplateInstance actionPage(TemplateInstance page, String contractId, ImprovementApi.Read read, FormErrors errors) {
        return performance.common(page, contractId, "improvement")
                .data("card", improvement.card(read.view()))
                .data("action", read.view())
                .data("errors", errors)
                .data("contractId", contractId)
                .data("back", RecommendationPage.base(contractId, String.valueOf(read.view().get("recommendationId"))) + "#action-" + read.id())
                .data("formBase", Backend.path("/contracts/{}/improvement/actions/{}", contractId, read.id()));
    }

    static String afterwards(String contractId, Map<String, Object> action, String done) {
        return RecommendationPage.base(contractId, String.valueOf(action.get("recommendationId"))) + "?done=" + done
                + "#action-" + action.get("id");
    }
}
