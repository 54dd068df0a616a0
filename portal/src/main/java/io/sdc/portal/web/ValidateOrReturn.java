package io.sdc.portal.web;

import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Problem;

import java.util.Map;

/**
 * The council's two decisions on figures the trust submitted (a monitoring return, a performance figure), whose forms
 * the {@code validateOrReturn} tag draws: validate them, or return them to the trust with the reason it must act on.
 */
public final class ValidateOrReturn {

    private ValidateOrReturn() {
    }

    /**
     * A decision the service refused, beside its forms: a missing reason asked for in {@code asked}, a stale decision
     * leading to the figures as they are now, any other refusal linked to {@code firstInput} (the button of the decision
     * taken, or the reason). A refusal that is not about the form (not signed in, not allowed, not found) is its error page.
     */
    public static FormErrors refused(ApiAnswer answer, String asked, String firstInput) {
        Problem problem = answer.aboutForm().problem().orElseThrow();
        return FormErrors.ofChange(Reasons.asked(problem, asked), Map.of("reason", "reason"), firstInput);
    }
}
