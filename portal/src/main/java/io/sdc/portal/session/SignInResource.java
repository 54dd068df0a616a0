package io.sdc.portal.session;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.Pages;
import io.sdc.portal.web.Section;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Optional;

/**
 * Signing in and out. Under the local stack, {@code /sign-in} is the local sign-in page; otherwise it hands the
 * browser to the identity provider (OpenID Connect authorization-code flow), and {@code /sign-out} ends the session
 * there too (quarkus-oidc's logout path).
 */
@Path("/")
public class SignInResource {

    @Inject
    CurrentPerson person;
    @Inject
    Instance<LocalSessions> localSessions;
    @Inject
    Pages pages;
    @Inject
    Forms forms;
    @Location("sign-in.html")
    Template signInPage;
    @Location("signed-out.html")
    Template signedOutPage;

    @GET
    @Path("sign-in")
    public Response signInPage() {
        if (!person.localSignIn()) {
            return Response.seeOther(URI.create("/sign-in/identity-provider")).build();
        }
        return pages.show(signInPage.data("people", LocalSessions.DEMO_PEOPLE).data("errors", FormErrors.none()), Section.NONE);
    }

    @POST
    @Path("sign-in")
    public Response signIn(@RestForm("person") String username) {
        if (!person.localSignIn()) {
            return Response.seeOther(URI.create("/sign-in/identity-provider")).build();
        }
        Optional<LocalSessions.DemoPerson> demo = localSessions.get().demoPerson(username == null ? "" : username);
        if (demo.isEmpty()) {
            return pages.show(400, signInPage.data("people", LocalSessions.DEMO_PEOPLE)
                    .data("errors", FormErrors.of("person", "Select who you are signing in as")), Section.NONE, null);
        }
        return Response.seeOther(URI.create("/")).cookie(localSessions.get().signIn(demo.get())).build();
    }

    /** Reached only once the identity provider has signed the person in: then the home page. */
    @GET
    @Path("sign-in/identity-provider")
    @Authenticated
    public Response signedInWithIdentityProvider() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** Ends a local session (an OpenID Connect session is ended by quarkus-oidc's logout on this same path). */
    @POST
    @Path("sign-out")
    public Response signOut(@RestForm(Forms.FIELD) String csrf) {
        if (person.get().isPresent()) {
            forms.check(csrf);
        }
        Response.ResponseBuilder answer = Response.seeOther(URI.create("/signed-out"));
        if (localSessions.isResolvable()) {
            answer.cookie(localSessions.get().signOut());
        }
        return answer.build();
    }

    @GET
    @Path("signed-out")
    public Response signedOut() {
        return pages.show(signedOutPage.instance(), Section.NONE);
    }
}
