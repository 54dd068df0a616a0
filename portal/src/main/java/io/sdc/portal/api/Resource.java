package io.sdc.portal.api;

import io.quarkus.qute.TemplateData;

import java.util.Map;

/** A resource as a service's API answered it (a change request, a recommendation...), with the ETag a form sends back as If-Match. */
@TemplateData
public record Resource(Map<String, Object> view, String etag) {

    public String id() {
        return String.valueOf(view.get("id"));
    }

    public String contractId() {
        return String.valueOf(view.get("contractId"));
    }

    public String reference() {
        return String.valueOf(view.get("reference"));
    }
}
