package io.sdc.report.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.report.rendering.ReportDocument.Source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The services' public APIs as the person asking sees them. A refusal of the service is answered as a problem of
 * ours: 404 naming what was not found, 401/403 as 403, 400 with the service's detail, and a service that cannot be
 * reached or fails as 503 naming the service.
 */
public interface Upstream {

    /** The JSON a GET of the path (with its query) answers. */
    JsonNode get(UpstreamService service, String pathAndQuery);

    /** Where a figure read from {@code pathAndQuery} comes from, for the report to cite. */
    static Source source(UpstreamService service, String pathAndQuery) {
        return new Source(service.key(), pathAndQuery);
    }

    /** {@code ?a=1&b=2} of the pairs whose value is not null, each encoded; empty when none. */
    static String query(Object... keysAndValues) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                query.add(encode(keysAndValues[i]) + "=" + encode(keysAndValues[i + 1]));
            }
        }
        return query.toString();
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
