package io.sdc.portal.web;

/** The parts of the portal named in its service navigation. */
public enum Section {
    HOME, CONTRACT, CHANGE_REQUESTS, PERFORMANCE, FINANCE, REPORTS, NOTIFICATIONS, AUDIT, NONE
}
