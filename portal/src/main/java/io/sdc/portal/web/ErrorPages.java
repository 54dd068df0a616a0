package io.sdc.portal.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.ServiceUnavailable;
import io.sdc.portal.session.NotSignedIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * Every failure becomes a page in the design system's patterns ("page not found", "there is a problem with the
 * service", "you cannot do this"), never a stack trace or a raw error; a person whose session has ended is sent to
 * sign in.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Pages pages;
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response notSignedIn(NotSignedIn e) {
        return Response.seeOther(URI.create("/sign-in")).build();
    }

    @ServerExceptionMapper
    public Response formRefused(Forms.FormRefused e) {
        return page(403, "Your form could not be sent",
                "The form was not sent from your current session, so nothing was changed. Go back, reload the page and try again.");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        LOG.warnf("%s: %s", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return page(503, "Sorry, there is a problem with the service",
                e.getMessage() + " at the moment. Nothing you were doing was saved unless a page said so. Try again later.");
    }

    @ServerExceptionMapper
    public Response refused(ApiRefusal e) {
        return switch (e.problem().status()) {
            case 401 -> Response.seeOther(URI.create("/sign-in")).build();
            case 403 -> page(403, "You cannot see this page", "Your role does not allow this. " + e.problem().message());
            case 404 -> page(404, "Page not found", e.problem().message());
            default -> page(e.problem().status() >= 500 ? 502 : e.problem().status(),
                    "Sorry, there is a problem", e.problem().message());
        };
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "If you typed the web address, check it is correct. "
                + "If you pasted the web address, check you copied the entire address.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 405) {
            return page(405, "Page not found", "This address does not take that kind of request.");
        }
        if (status < 500) {
            return page(status, "Sorry, there is a problem", "The request could not be understood. Go back and try again.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("A page failed", e);
        return page(500, "Sorry, there is a problem with the service", "Try again later. Nothing was changed unless a page said so.");
    }

    private Response page(int status, String title, String detail) {
        String html;
        try {
            html = pages.render(error.data("title", title).data("detail", detail).data("status", status), Section.NONE, null);
        } catch (RuntimeException layoutFailed) {
            html = error.data("title", title).data("detail", detail).data("status", status).data("person", null)
                    .data("council", "").data("navigation", java.util.List.of()).data("csrf", "")
                    .data("localSignIn", false).data("contractId", null).render();
        }
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }
}
