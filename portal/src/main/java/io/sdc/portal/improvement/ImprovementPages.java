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

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
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

    /**
     * Who may use a form: a person for whom {@code may} holds of what it changes (its view as read); anyone else is
     * refused with {@code refusal} (from that view) on the error page.
     */
    static Consumer<Resource> allowedIf(Predicate<Map<String, Object>> may, Function<Map<String, Object>, String> refusal) {
        return read -> {
            if (!may.test(read.view())) {
                throw ImprovementApi.forbidden(refusal.apply(read.view()));
            }
        };
    }

    /** Who may use a form: a person for whom {@code may} holds of what it changes; anyone else is refused with {@code refusal}. */
    static Consumer<Resource> allowedIf(Predicate<Map<String, Object>> may, String refusal) {
        return allowedIf(may, view -> refusal);
    }

    /** A form's page: what it changes (an action or a recommendation), the form as typed and the errors beside it. */
    @FunctionalInterface
    interface FormPage<F> {
        TemplateInstance of(String contractId, Resource read, F form, FormErrors errors);
    }

    /**
     * One form of the plan on what it changes, an action or a recommendation ({@code subject} reads it as the person
     * signed in, or answers with the error page): shown first to a person allowed to use it, and after it is posted either
     * the page the change leads to or the form again beside the refusal, with what it changes as it is now.
     */
    final class PlanForm<F extends ImprovementForms.Refusable> {
        private final String contractId;
        private final Supplier<Resource> subject;
        private final FormPage<F> page;

        PlanForm(String contractId, Supplier<Resource> subject, FormPage<F> page) {
            this.contractId = contractId;
            this.subject = subject;
            this.page = page;
        }

        /**
         * The form as first shown, nothing typed wrong yet: {@code allowed} refuses a person who may not use it (with its
         * error page), {@code blank} fills the form from what it changes as read.
         */
        Response shown(Consumer<Resource> allowed, Function<Resource, F> blank) {
            person.require();
            Resource read = subject.get();
            allowed.accept(read);
            return again(200, read, blank.apply(read), FormErrors.none());
        }

        /**
         * The form's whole round once posted: its token and the person signed in checked, what it changes read
         * ({@code before}), the change sent ({@code call}), then {@link #answered answered}.
         */
        Response sent(String csrf, F form, Supplier<ApiAnswer> call, BiFunction<Resource, ApiAnswer, String> afterwards) {
            Resource before = posted(csrf);
            return answered(before, call.get(), form, afterwards);
        }

        /** The form as posted, once its token and the person signed in are checked: what it changes, read before the change. */
        Resource posted(String csrf) {
            forms.check(csrf);
            person.require();
            return subject.get();
        }

        /**
         * After the form was sent: where the change leads ({@code afterwards}, from what it changed as read before and
         * the service's answer) when the service took it; otherwise the form again beside the refusal, with what it
         * changes read now (and its ETag when the form is to send that next). A refusal that is not about the form is
         * its error page.
         */
        Response answered(Resource before, ApiAnswer answer, F form, BiFunction<Resource, ApiAnswer, String> afterwards) {
            if (answer.succeeded()) {
                return pages.seeOther(afterwards.apply(before, answer));
            }
            answer.aboutForm();
            Resource now = subject.get();
            form.afterRefusal(answer, now.etag());
            return again(answer.formStatus(), now, form, form.errors(answer.problem().orElseThrow()));
        }

        /** The form's page with this status: what it changes as {@code read}, the form as typed and the errors beside it. */
        Response again(int status, Resource read, F form, FormErrors errors) {
            return pages.show(status, page.of(contractId, read, form, errors), Section.PERFORMANCE, contractId);
        }
    }
}
