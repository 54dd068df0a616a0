package io.sdc.portal.web;

import io.sdc.portal.api.Backend;
import io.sdc.portal.session.CurrentPerson;
import jakarta.inject.Inject;

/**
 * What every page resource works with: the person signed in ({@code person.require()} first in each handler), the
 * pages it renders in the portal's layout, the services' APIs called as that person, and the form token's check.
 */
public abstract class PortalPage {

    @Inject
    protected CurrentPerson person;
    @Inject
    protected Pages pages;
    @Inject
    protected Backend backend;
    @Inject
    protected Forms forms;
}
