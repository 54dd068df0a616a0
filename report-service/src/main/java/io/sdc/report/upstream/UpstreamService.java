package io.sdc.report.upstream;

import java.util.Locale;

/** The services whose public APIs a report reads. */
public enum UpstreamService {
    CONTRACT, PERFORMANCE, FINANCE, NOTIFICATION;

    /** The name a figure's source gives, e.g. {@code performance}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
