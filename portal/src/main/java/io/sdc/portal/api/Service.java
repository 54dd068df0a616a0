package io.sdc.portal.api;

/** The five services whose public APIs the portal calls. */
public enum Service {
    CONTRACT, PERFORMANCE, FINANCE, NOTIFICATION, REPORT
}
