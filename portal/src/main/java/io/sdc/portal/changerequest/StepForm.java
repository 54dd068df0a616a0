package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the person typed into a step's form, and the body the API's operation for that step takes. */
@TemplateData
public class StepForm {

    @RestForm public String etag;
    @RestForm public String comment;
    @RestForm public String reference;
    @RestForm public String reason;
    @RestForm public String position;
    @RestForm("annual-review") public String annualReview;

    static StepForm fresh(String etag) {
        StepForm form = new StepForm();
        form.etag = etag;
        return form;
    }

    /** The same answers with another ETag: the form shown again after someone else changed the change request. */
    StepForm withEtag(String current) {
        etag = current;
        return this;
    }

    /** The id of the form's first input, where a refusal that names no field is linked from the error summary. */
    static String firstInput(Step step) {
        if (step == Step.SIGNATURE) {
            return "position";
        }
        if (step.needsReason()) {
            return "reason";
        }
        if (step == Step.STATUTORY_DIRECTION) {
            return "reference";
        }
        return "comment";
    }

    /** The step's body: {@code StepRequest}, {@code SignatureRequest} or {@code StatutoryDirectionRequest}. */
    Map<String, Object> toRequest(Step step) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case SIGNATURE -> {
                body.put("position", ProposalForm.blankToNull(position));
                body.put("comment", ProposalForm.blankToNull(comment));
                body.put("annualReviewId", ProposalForm.blankToNull(annualReview));
            }
            case STATUTORY_DIRECTION -> body.put("reference", ProposalForm.strip(reference));
            default -> {
                body.put("comment", ProposalForm.blankToNull(comment));
                if (step.needsReason()) {
                    body.put("reason", ProposalForm.blankToNull(reason));
                }
            }
        }
        return body;
    }
}
