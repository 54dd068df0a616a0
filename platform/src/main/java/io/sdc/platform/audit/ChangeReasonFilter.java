package io.sdc.platform.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Takes the reason for a change from the request's {@value ChangeContext#REASON_HEADER} header (percent-decoded). */
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
