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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.util.Map;

import static io.sdc.portal.api.Service.PERFORMANCE;
import static io.sdc.portal.improvement.RecommendationPage.refuseWithoutForm;
import static io.sdc.portal.improvement.RecommendationPage.shownStatus;

/**
 * The forms on one improvement action: its owner's party reports progress and uploads evidence files; commissioners
 * re-plan it (the trust changes the owner of its own) and confirm it complete. Each change sends the action's ETag read
 * when the form was shown; after it the recommendation's page shows the action.
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
    @Location("improvement/change-action.html")
    Template change;
    @Location("improvement/evidence.html")
    Template evidence;

    @GET
    @Path("/change")
    public Response changeForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        person.require();
        ImprovementApi.Read read = improvement.action(contractId, id);
        requireMayChange(read);
        return pages.show(changePage(contractId, read, ImprovementForms.Replan.of(read.view(), read.etag()), FormErrors.none()),
                Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/change")
    public Response replan(@PathParam("contractId") String contractId, @PathParam("actionId") String id,
                           @RestForm("csrf") String csrf, @BeanParam ImprovementForms.Replan form) {
        forms.check(csrf);
        person.require();
        ImprovementApi.Read before = improvement.action(contractId, id);
        ApiAnswer answer = backend.call(PERFORMANCE, "PUT", Backend.path("/api/v1/improvement-actions/{}", id))
                .ifMatch(form.etag).reason(form.reason).json(form.toRequest()).send();
        if (answer.succeeded()) {
            return pages.seeOther(afterwards(contractId, before.view(), "changed"));
        }
        refuseWithoutForm(answer);
        ImprovementApi.Read now = improvement.action(contractId, id);
        Problem problem = answer.problem().orElseThrow();
        if (problem.isStale() || answer.status() == 428) {
            form.etag = now.etag();
        }
        return pages.show(shownStatus(answer), changePage(contractId, now, form, form.errors(problem)), Section.PERFORMANCE, contractId);
    }

    @GET
    @Path("/evidence")
    public Response evidenceForm(@PathParam("contractId") String contractId, @PathParam("actionId") String id) {
        person.require();
        ImprovementApi.Read read = improvement.action(contractId, id);
        requireMayReport(read);
        return pages.show(evidencePage(contractId, read, "", FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("contractId") String contractId, @PathParam("actionId") String id, @RestForm("csrf") String csrf,
                           @RestForm("file") FileUpload file, @RestForm("description") String description) {
        forms.check(csrf);
        person.require();
        ImprovementApi.Read before = improvement.action(contractId, id);
        String typed = description == null ? "" : description.strip();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return pages.show(400, evidencePage(contractId, before, typed, FormErrors.of("file", "Select the evidence file")),
                    Section.PERFORMANCE, contractId);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiAnswer answer = backend.call(PERFORMANCE, "POST", Backend.path("/api/v1/improvement-actions/{}/evidence", id)
                        + Backend.query("description", typed))
                .header("Content-Disposition", EvidenceFiles.attachment(file.fileName()))
                .body(EvidenceFiles.mediaType(file.fileName(), file.contentType()), content).send();
        if (answer.succeeded()) {
            return pages.seeOther(afterwards(contractId, before.view(), "evidence"));
        }
        refuseWithoutForm(answer);
        FormErrors errors = FormErrors.of(answer.problem().orElseThrow(), Map.of("description", "description"), "file");
        return pages.show(shownStatus(answer), evidencePage(contractId, improvement.action(contractId, id), typed, errors),
                Section.PERFORMANCE, contractId);
    }

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

    private void requireMayReport(ImprovementApi.Read read) {
        if (!improvement.mayReport(read.view())) {
            throw ImprovementApi.forbidden("Evidence of this action is given by " + ImprovementApi.reporter(read.view())
                    + ", until the council confirms it complete.");
        }
    }

    private void requireMayChange(ImprovementApi.Read read) {
        if (!improvement.mayChange(read.view())) {
            throw ImprovementApi.forbidden("Commissioners re-plan actions, and the trust's performance staff change who owns the trust's "
                    + "own, until the council confirms it complete.");
        }
    }

    private TemplateInstance changePage(String contractId, ImprovementApi.Read read, ImprovementForms.Replan form, FormErrors errors) {
        return actionPage(change.instance(), contractId, read, errors).data("form", form).data("ownerOnly", improvement.changesOwnerOnly());
    }

    private TemplateInstance evidencePage(String contractId, ImprovementApi.Read read, String description, FormErrors errors) {
        return actionPage(evidence.instance(), contractId, read, errors).data("description", description);
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
