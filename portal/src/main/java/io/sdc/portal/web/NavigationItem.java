package io.sdc.portal.web;

import io.quarkus.qute.TemplateData;

/** One link of the service navigation; {@code current} marks the section the page belongs to. */
@TemplateData
public record NavigationItem(String label, String href, boolean current) {
}
