package io.sdc.platform.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Takes the reason for a change from the request's {@value ChangeContext#REASON_HEADER} header. Header values are
 * ASCII, so other characters arrive percent-encoded as RFC 3986 has it ({@code %E2%80%93} for an en dash); a
 * {@code +} stays a plus.
 */
public class ChangeReasonFilter {

    @Inject
    ChangeContext changeContext;

    @ServerRequestFilter
    public void captureReason(ContainerRequestContext request) {
        String header = request.getHeaderString(ChangeContext.REASON_HEADER);
        if (header != null) {
            String reason;
            try {
                reason = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                reason = header;
            }
            changeContext.reason(reason);
        }
    }
}
