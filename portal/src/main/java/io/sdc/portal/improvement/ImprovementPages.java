package io.sdc.portal.improvement;

import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Resource;
import io.sdc.portal.performance.PerformanceApi;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the improvement plan's form pages share: a form shown first with what it changes as read, and after it is posted
 * either the page the change leads to or the form again beside the refusal, with what it changes as it is now.
 */
abstract class ImprovementPages extends PortalPage {

    @Inject
    ImprovementApi improvement;
    @Inject
    PerformanceApi performance;

    /** A form's page: what it changes (an action or a recommendation), the form as typed and the errors beside it. */
    @FunctionalInterface
    interface FormPage<F> {
        TemplateInstance of(String contractId, Resource read, F form, FormErrors errors);
    }

    /** A form as first shown: nothing typed wrong yet. */
    <F> Response form(String contractId, Resource read, F form, FormPage<F> page) {
        return pages.show(page.of(contractId, read, form, FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    /**
     * After a form was posted: where the change leads ({@code afterwards}, from the service's answer) when the service
     * took it; otherwise the form again beside the refusal, with what it changes read {@code now} (and its ETag when the
     * one sent was stale or missing). A refusal that is not about the form is its error page.
     */
    <F extends ImprovementForms.Refusable> Response answered(ApiAnswer answer, String contractId, Function<ApiAnswer, String> afterwards,
                                                            Supplier<Resource> now, F form, FormPage<F> page) {
        if (answer.succeeded()) {
            return pages.seeOther(afterwards.apply(answer));
        }
        answer.aboutForm();
        Resource read = now.get();
        if (answer.wantsCurrentEtag()) {
            form.sendNext(read.etag());
        }
        FormErrors errors = form.errors(answer.problem().orElseThrow());
        return pages.show(answer.formStatus(), page.of(contractId, read, form, errors), Section.PERFORMANCE, contractId);
    }
}
