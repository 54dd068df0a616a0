package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.web.DateInput;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the person typed into a step's form, and the body the API's operation for that step takes. */
@TemplateData
public class StepForm {

    @RestForm public String etag;
    @RestForm public String comment;
    @RestForm public String reference;
    @RestForm("agreed-on-day") public String agreedOnDay;
    @RestForm("agreed-on-month") public String agreedOnMonth;
    @RestForm("agreed-on-year") public String agreedOnYear;
    @RestForm("commissioner-signatory") public String commissionerSignatory;
    @RestForm("provider-signatory") public String providerSignatory;
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

    public DateInput agreedOn() {
        return DateInput.typed(agreedOnDay, agreedOnMonth, agreedOnYear);
    }

    /** The id of the form's first input, where a refusal that names no field is linked from the error summary. */
    static String firstInput(Step step) {
        if (step == Step.AGREEMENT) {
            return "agreed-on-day";
        }
        if (step == Step.STATUTORY_DIRECTION) {
            return "reference";
        }
        return "comment";
    }

    /** The step's body: {@code StepRequest}, {@code AgreementRequest} or {@code StatutoryDirectionRequest}. */
    Map<String, Object> toRequest(Step step) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case AGREEMENT -> {
                body.put("agreedOn", agreedOn().iso());
                body.put("commissionerSignatory", ProposalForm.strip(commissionerSignatory));
                body.put("providerSignatory", ProposalForm.strip(providerSignatory));
                body.put("annualReviewId", ProposalForm.blankToNull(annualReview));
                body.put("comment", ProposalForm.blankToNull(comment));
            }
            case STATUTORY_DIRECTION -> body.put("reference", ProposalForm.strip(reference));
            default -> body.put("comment", ProposalForm.blankToNull(comment));
        }
        return body;
    }
}
