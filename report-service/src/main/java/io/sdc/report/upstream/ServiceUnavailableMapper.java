package io.sdc.report.upstream;

import io.sdc.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** A service a report needs is down: 503 problem naming it, so that the reader knows to try again later. */
public class ServiceUnavailableMapper {

    public static final URI TYPE = URI.create("urn:sdc:problem:service-unavailable");
    private static final Logger LOG = Logger.getLogger(ServiceUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e, UriInfo uri) {
        LOG.warn(e.getMessage(), e.getCause());
        Problem problem = new Problem(TYPE, "A service this needs is unavailable", 503, e.getMessage(),
                uri == null ? null : uri.getPath(), List.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, "30").entity(problem).build();
    }
}
