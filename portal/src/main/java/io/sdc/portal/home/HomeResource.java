package io.sdc.portal.home;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.web.Pages;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The home page: for the signed-in person's role, what needs them now. */
@Path("/")
public class HomeResource {

    @Inject
    CurrentPerson person;
    @Inject
    Pages pages;
    @Location("home.html")
    Template home;

    @GET
    public Response home() {
        person.require();
        return pages.show(home.instance(), Section.HOME);
    }
}
