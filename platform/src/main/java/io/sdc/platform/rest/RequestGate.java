package io.sdc.platform.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * The first look at every API request, before it is matched to an operation:
 * <ol>
 *   <li>a NUL character anywhere in the path, the query or a header is refused (PostgreSQL cannot store one, and no
 *   identifier or parameter of ours holds one), with a 400 naming where it was;</li>
 *   <li>a caller without a valid bearer token is refused with a 401 before anything else about the request is judged,
 *   so that an anonymous caller learns nothing of the API from a 404, 405 or 415.</li>
 * </ol>
 */
public class RequestGate {

    private static final String API = "/api/";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    public Uni<Response> screen(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(API)) {
            return Uni.createFrom().nullItem();
        }
        String nul = whereIsNul(request);
        if (nul != null) {
            return Uni.createFrom().item(problem(ProblemType.VALIDATION_FAILED,
                    "The " + nul + " holds a NUL character, which no value of this API may contain", path, nul));
        }
        return identities.getDeferredIdentity()
                .onItemOrFailure().transform((identity, failure) -> failure != null || identity == null || identity.isAnonymous()
                        ? unauthenticated(path) : null);
    }

    private static String whereIsNul(ContainerRequestContext request) {
        String decodedPath = request.getUriInfo().getPath(true);
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (hasNul(decodedPath) || (rawPath != null && rawPath.toLowerCase(java.util.Locale.ROOT).contains("%00"))) {
            return "path";
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            if (hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(RequestGate::hasNul)) {
                return "query parameter '" + parameter.getKey().replace("\0", "") + "'";
            }
        }
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (hasNul(header.getKey()) || header.getValue().stream().anyMatch(RequestGate::hasNul)) {
                return "header '" + header.getKey().replace("\0", "") + "'";
            }
        }
        return null;
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static Response unauthenticated(String path) {
        return Response.fromResponse(problem(ProblemType.NOT_AUTHENTICATED,
                        "Send a valid, unexpired bearer token issued for this platform", path, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response problem(ProblemType type, String detail, String path, String field) {
        List<Problem.Violation> violations = field == null ? List.of() : List.of(new Problem.Violation(field, "must not contain a NUL character"));
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, path, violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
