package io.sdc.portal.changerequest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Resource;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * One change request: its fields, the timeline of its steps and the steps this person may take now; a form per
 * step, and the edit form of a draft. Every change sends the ETag read when its form was shown as If-Match.
 */
@Path("/change-requests/{id}")
public class ChangeRequestPage extends PortalPage {

    @Inject
    ChangeRequests changeRequests;
    @Inject
    ContractChangeRequestsPage contractPages;

    @Location("change-request/detail.html")
    Template detail;
    @Location("change-request/step.html")
    Template stepPage;

    @GET
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        person.require();
        Resource read = changeRequests.read(id);
        Map<String, Object> view = read.view();
        TemplateInstance page = detail.data("cr", view)
                .data("timeline", changeRequests.timeline(view))
                .data("signatures", changeRequests.signatures(view))
                .data("actions", changeRequests.offered(view))
                .data("mayEdit", changeRequests.mayEdit(view))
                .data("done", doneMessage(read.reference(), done))
                .data("review", annualReview(view))
                .data("basket", basketVersion(view));
        return pages.show(page, Section.CHANGE_REQUESTS, read.contractId());
    }

    @GET
    @Path("/edit")
    public Response editForm(@PathParam("id") String id) {
        person.require();
        Resource read = changeRequests.read(id);
        requireEditable(read.view());
        return pages.show(contractPages.proposalPage(contractPages.contract(read.contractId()),
                ProposalForm.of(read.view(), read.etag()), FormErrors.none(), read), Section.CHANGE_REQUESTS, read.contractId());
    }

    @POST
    @Path("/edit")
    public Response edit(@PathParam("id") String id, @RestForm("csrf") String csrf, @BeanParam ProposalForm form) {
        forms.check(csrf);
        person.require();
        Resource before = changeRequests.read(id);
        form.type = String.valueOf(before.view().get("type"));
        ApiAnswer answer = backend.call(Service.CONTRACT, "PUT", Backend.path("/api/v1/change-requests/{}", id))
                .ifMatch(form.etag).reason(form.reason).json(form.toRequest()).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/change-requests/{}", id) + "?done=edited");
        }
        answer.aboutForm();
        Resource now = changeRequests.read(id);
        Problem problem = answer.problem().orElseThrow();
        if (problem.isStale() || answer.status() == 428) {
            form.etag = now.etag();
        }
        FormErrors errors = FieldNames.errors(problem, "effective-date-day");
        return pages.show(answer.formStatus(),
                contractPages.proposalPage(contractPages.contract(now.contractId()), form, errors, now),
                Section.CHANGE_REQUESTS, now.contractId());
    }

    @GET
    @Path("/{step}")
    public Response stepForm(@PathParam("id") String id, @PathParam("step") String slug) {
        person.require();
        Step step = Step.ofSlug(slug).orElseThrow(NotFoundException::new);
        Resource read = changeRequests.read(id);
        changeRequests.requireMayTake(step, read.view());
        if (!step.allowedBy(read.view())) {
            throw new ApiRefusal(new Problem(409, "about:blank", "Not allowed now", read.reference() + " is "
                    + ChangeRequestWords.status(read.view().get("status")).toLowerCase(java.util.Locale.UK)
                    + ": this step cannot be taken on it now.", List.of()));
        }
        return pages.show(stepPage(read, step, StepForm.fresh(read.etag()), FormErrors.none()),
                Section.CHANGE_REQUESTS, read.contractId());
    }

    @POST
    @Path("/{step}")
    public Response takeStep(@PathParam("id") String id, @PathParam("step") String slug, @RestForm("csrf") String csrf,
                             @BeanParam StepForm form) {
        forms.check(csrf);
        person.require();
        Step step = Step.ofSlug(slug).orElseThrow(NotFoundException::new);
        ApiAnswer answer = backend.call(Service.CONTRACT, "POST", Backend.path("/api/v1/change-requests/{}/" + step.slug(), id))
                .ifMatch(form.etag).reason(step.needsReason() ? form.reason : step.hasComment() ? form.comment : null).json(form.toRequest(step)).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/change-requests/{}", id) + "?done=" + step.slug());
        }
        answer.aboutForm();
        // Shown again with the change request as it is now; after a stale If-Match, with a fresh ETag.
        Resource now = changeRequests.read(id);
        Problem problem = answer.problem().orElseThrow();
        StepForm shown = problem.isStale() || answer.status() == 428 ? form.withEtag(now.etag()) : form;
        FormErrors errors = FieldNames.errors(problem, StepForm.firstInput(step));
        return pages.show(answer.formStatus(), stepPage(now, step, shown, errors),
                Section.CHANGE_REQUESTS, now.contractId());
    }

    private TemplateInstance stepPage(Resource read, Step step, StepForm form, FormErrors errors) {
        return stepPage.data("cr", read.view())
                .data("step", step)
                .data("form", form)
                .data("errors", errors)
                .data("reviews", step.isSignature() ? annualReviews(read.contractId()) : List.of())
                .data("signatures", changeRequests.signatures(read.view()))
                .data("party", ChangeRequestWords.signingParty(changeRequests.partySigningFor()).toLowerCase(java.util.Locale.UK));
    }

    private void requireEditable(Map<String, Object> view) {
        if (!changeRequests.mayTake(Step.SUBMISSION, view)) {
            throw ChangeRequests.forbidden("Only the party that raised a change request may edit it.");
        }
        if (!changeRequests.mayEdit(view)) {
            throw new ApiRefusal(new Problem(409, "about:blank", "Not a draft", view.get("reference")
                    + " is no longer a draft: only a draft can be edited.", List.of()));
        }
    }

    /** The annual contract review the change was agreed at, if any and if it can be read. */
    private Map<String, Object> annualReview(Map<String, Object> view) {
        if (!(view.get("agreement") instanceof Map<?, ?> agreement) || agreement.get("annualReviewId") == null) {
            return null;
        }
        ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/annual-reviews/{}", agreement.get("annualReviewId")));
        return answer.succeeded() ? answer.object() : Map.of("id", agreement.get("annualReviewId"));
    }

    /** The proposed basket version of a PI basket revision, from performance-service, if it can be read. */
    private Map<String, Object> basketVersion(Map<String, Object> view) {
        if (view.get("basketVersionId") == null) {
            return null;
        }
        ApiAnswer answer = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/baskets/{}", view.get("basketVersionId")));
        return answer.succeeded() ? answer.object() : null;
    }

    private List<Object> annualReviews(String contractId) {
        ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/annual-reviews", contractId));
        return answer.succeeded() ? answer.list() : List.of();
    }

    /** The success banner's sentence after a step: "NCR-1 approved". */
    static String doneMessage(String reference, String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "raised" -> reference + " raised as a draft";
            case "edited" -> reference + " changed";
            default -> Step.ofSlug(done).map(step -> reference + " " + step.done()).orElse(null);
        };
    }
}
