package io.sdc.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.sdc.portal.session.CurrentPerson;

/**
 * The form token as a template global, so that the {@code {#csrf /}} tag (whose template does not see the page's
 * data) can put it in every form.
 */
public final class FormToken {

    private FormToken() {
    }

    @TemplateGlobal(name = "csrf")
    static String csrf() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()
                || container.instance(CurrentPerson.class).get().get().isEmpty()) {
            return "";
        }
        return container.instance(Forms.class).get().token();
    }
}
