package io.sdc.portal.web;

import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.config.PortalConfig;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import io.sdc.portal.session.SignedInPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a page inside the portal's layout (header with the council and the platform, service navigation for the
 * person's role, the sign-out form, footer), as {@code text/html}. Every page template starts with
 * {@code {#include layout}} and receives, besides its own data: {@code person}, {@code council}, {@code navigation},
 * {@code csrf} (the form token), {@code localSignIn} and {@code contractId}.
 */
@RequestScoped
public class Pages {

    @Inject
    CurrentPerson person;
    @Inject
    PortalConfig config;
    @Inject
    Forms forms;
    @Inject
    Backend backend;

    private Optional<String> defaultContract;

    /** A page of a section; contract-specific links lead to the contract the person works on. */
    public Response show(TemplateInstance page, Section section) {
        return show(Response.Status.OK.getStatusCode(), page, section, null);
    }

    /** A page about one contract, whose sections the navigation then links to. */
    public Response show(TemplateInstance page, Section section, String contractId) {
        return show(Response.Status.OK.getStatusCode(), page, section, contractId);
    }

    /** A page with another status, e.g. a form shown again with its errors (400) or a page not found (404). */
    public Response show(int status, TemplateInstance page, Section section, String contractId) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(page, section, contractId)).build();
    }

    /** After a form has done its work: the browser is sent to the page that shows the result (post/redirect/get). */
    public Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    public String render(TemplateInstance page, Section section, String contractId) {
        Optional<SignedInPerson> signedIn = person.get();
        String contract = contractId != null ? contractId
                : signedIn.isPresent() && section != Section.NONE ? defaultContract().orElse(null) : null;
        page.data("person", signedIn.orElse(null))
                .data("council", config.councilName())
                .data("localSignIn", person.localSignIn())
                .data("contractId", contract)
                .data("navigation", signedIn.isPresent() ? navigation(signedIn.get().role(), section, contract) : List.of())
                .data("csrf", signedIn.isPresent() ? forms.token() : "");
        return page.render();
    }

    /** The contract people work on when a page is not about one: the first the contract service lists. */
    public Optional<String> defaultContract() {
        if (defaultContract == null) {
            ApiAnswer contracts = backend.get(Service.CONTRACT, "/api/v1/contracts");
            defaultContract = contracts.list().stream()
                    .filter(Map.class::isInstance).map(contractView -> ((Map<?, ?>) contractView).get("id"))
                    .filter(java.util.Objects::nonNull).map(Object::toString).findFirst();
        }
        return defaultContract;
    }

    private static List<NavigationItem> navigation(Role role, Section current, String contract) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("Home", "/", current == Section.HOME));
        if (contract != null) {
            String base = "/contracts/" + contract;
            items.add(new NavigationItem("Contract", base, current == Section.CONTRACT));
            items.add(new NavigationItem("Change requests", base + "/change-requests", current == Section.CHANGE_REQUESTS));
            items.add(new NavigationItem("Performance", base + "/performance", current == Section.PERFORMANCE));
            items.add(new NavigationItem("Finance", base + "/finance", current == Section.FINANCE));
            if (role == Role.COMMISSIONER || role == Role.AUDITOR || role == Role.ADMIN) {
                items.add(new NavigationItem("Reports", base + "/reports", current == Section.REPORTS));
            }
        }
        items.add(new NavigationItem("Notifications", "/notifications", current == Section.NOTIFICATIONS));
        if (contract != null && (role == Role.COMMISSIONER || role == Role.AUDITOR || role == Role.ADMIN)) {
            items.add(new NavigationItem("Audit", "/contracts/" + contract + "/audit", current == Section.AUDIT));
        }
        return items;
    }
}
