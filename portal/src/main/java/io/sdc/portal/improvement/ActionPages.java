package io.sdc.portal.improvement;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Resource;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Forms;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.Map;
import java.util.function.Consumer;

import static io.sdc.portal.api.Service.PERFORMANCE;

/**
 * The forms on one improvement action: its owner's party reports progress and uploads evidence files; commissioners
 * re-plan it (the trust changes the owner of its own) and confirm it complete. Each change sends the action's ETag read
 * when the form was shown; after it the recommendation's page shows the action.
 */
@Path("/contracts/{contractId}/improvement/actions/{actionId}")
public class ActionPages extends ImprovementPages {

    @Location("improvement/progress.html")
    Template progress;
    @Location("improvement/completion.html")
    Template completion;
    @Location("improvement/change-action.html")
    Template change;
    @Location("improvement/evidence.html")
    Template evidence;

    @GET
    @Path("/change")
    public Response changeForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        return onAction(contractId, id, this::changePage).shown(allowedIf(improvement::mayChange,
                "Commissioners re-plan actions, and the trust's performance staff change who owns the trust's own, until the council "
                        + "confirms it complete."),
                read -> ImprovementForms.Replan.of(read.view(), read.etag()));
    }

    @POST
    @Path("/change")
    public Response replan(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                           @RestForm("csrf") String csrf, @BeanParam ImprovementForms.Replan form) {
        return onAction(contractId, id, this::changePage).sent(csrf, form,
                () -> backend.call(PERFORMANCE, "PUT", Backend.path("/api/v1/improvement-actions/{}", id))
                        .ifMatch(form.etag).reason(form.reason).json(form.toRequest()).send(),
                (before, taken) -> afterwards(contractId, before.view(), "changed"));
    }

    @GET
    @Path("/evidence")
    public Response evidenceForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        return onAction(contractId, id, this::evidencePage).shown(mayReport("Evidence of this action is given by "),
                read -> ImprovementForms.Evidence.typed(""));
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("contractId") String contractId, @PathParam("actionId") String id, @RestForm("csrf") String csrf,
                           @RestForm("file") FileUpload file, @RestForm("description") String description) {
        PlanForm<ImprovementForms.Evidence> attach = onAction(contractId, id, this::evidencePage);
        Resource before = attach.posted(csrf);
        ImprovementForms.Evidence typed = ImprovementForms.Evidence.typed(description);
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return attach.again(400, before, typed, FormErrors.of("file", "Select the evidence file"));
        }
        byte[] content = Forms.content(file);
        ApiAnswer answer = backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/evidence", id)
                        + Backend.query("description", typed.description()))
                .header("Content-Disposition", EvidenceFiles.attachment(file.fileName()))
                .body(EvidenceFiles.mediaType(file.fileName(), file.contentType()), content).send();
        return attach.answered(before, answer, typed, (read, taken) -> afterwards(contractId, read.view(), "evidence"));
    }

    @GET
    @Path("/progress")
    public Response progressForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        return onAction(contractId, id, this::progressPage).shown(mayReport("Progress on this action is reported by "),
                read -> ImprovementForms.Progress.fresh(read.etag()));
    }

    @POST
    @Path("/progress")
    public Response reportProgress(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                                   @RestForm("csrf") String csrf, @BeanParam ImprovementForms.Progress form) {
        return onAction(contractId, id, this::progressPage).sent(csrf, form,
                () -> backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/progress", id))
                        .ifMatch(form.etag).json(form.toRequest()).send(),
                (before, taken) -> afterwards(contractId, before.view(), "progress"));
    }

    @GET
    @Path("/completion")
    public Response completionForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        return onAction(contractId, id, this::completionPage).shown(
                allowedIf(improvement::mayConfirm, "Only the council's commissioners confirm an action complete, once."),
                read -> ImprovementForms.Completion.of(read.etag()));
    }

    @POST
    @Path("/completion")
    public Response confirmCompletion(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                                      @RestForm("csrf") String csrf, @RestForm("etag") String etag) {
        return onAction(contractId, id, this::completionPage).sent(csrf, ImprovementForms.Completion.of(etag),
                () -> backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/completion", id))
                        .ifMatch(etag).send(),
                (before, taken) -> afterwards(contractId, before.view(), "completed"));
    }

    /** A form on this action, shown on {@code page}. */
    private <F extends ImprovementForms.Refusable> PlanForm<F> onAction(String contractId, String id, FormPage<F> page) {
        return new PlanForm<>(contractId, () -> improvement.action(contractId, id), page);
    }

    /** Refuses a person who does not report on the action ({@code reported} says what, before who does). */
    private Consumer<Resource> mayReport(String reported) {
        return allowedIf(improvement::mayReport, action -> reported + ImprovementApi.reporter(action) + ", until the council confirms it complete.");
    }

    private TemplateInstance changePage(String contractId, Resource read, ImprovementForms.Replan form, FormErrors errors) {
        return actionPage(change.instance(), contractId, read, errors).data("form", form).data("ownerOnly", improvement.changesOwnerOnly());
    }

    private TemplateInstance evidencePage(String contractId, Resource read, ImprovementForms.Evidence form, FormErrors errors) {
        return actionPage(evidence.instance(), contractId, read, errors).data("description", form.description());
    }

    private TemplateInstance progressPage(String contractId, Resource read, ImprovementForms.Progress form, FormErrors errors) {
        return actionPage(progress.instance(), contractId, read, errors).data("form", form)
                .data("statuses", ImprovementForms.REPORTED_STATUSES);
    }

    private TemplateInstance completionPage(String contractId, Resource read, ImprovementForms.Completion form, FormErrors errors) {
        return actionPage(completion.instance(), contractId, read, errors).data("etag", form.etag);
    }

    /** What every form on an action shows: the action as it is now (with its progress) and where it belongs. */
    TemplateInstance actionPage(TemplateInstance page, String contractId, Resource read, FormErrors errors) {
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
