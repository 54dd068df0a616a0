package io.sdc.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an {@code application/problem+json} answer. Bad input is a 4xx naming what is wrong;
 * only a fault of ours is a 500, and that one tells nothing of the internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .collect(Collectors.toList());
        String detail = violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid";
        return respond(ProblemType.VALIDATION_FAILED, detail, uri, violations);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail = "The body is not JSON of the expected shape";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String rule = e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
                    && invalid.getOriginalMessage() != null && invalid.getOriginalMessage().startsWith("must ")
                    ? invalid.getOriginalMessage() : null;
            if (rule != null) {
                return respond(ProblemType.VALIDATION_FAILED, "'" + field + "' " + rule, uri, List.of(new Problem.Violation(field, rule)));
            }
            return respond(ProblemType.MALFORMED_REQUEST, "The value of '" + field + "' cannot be read as the expected type",
                    uri, List.of(new Problem.Violation(field, "has the wrong type or format")));
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException read && read.getProcessor() != null) {
            String field = fieldAt(read.getProcessor().getParsingContext());
            if (!field.isEmpty()) {
                String what = e instanceof com.fasterxml.jackson.core.exc.InputCoercionException
                        ? "is a number out of the range it can take" : "cannot be read";
                return respond(ProblemType.VALIDATION_FAILED, "'" + field + "' " + what, uri,
                        List.of(new Problem.Violation(field, what)));
            }
        }
        return respond(ProblemType.MALFORMED_REQUEST, detail, uri, List.of());
    }

    /** Where the parser was, as a field path such as {@code observations[0].numerator}. */
    private static String fieldAt(com.fasterxml.jackson.core.JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                parts.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.NOT_AUTHENTICATED,
                        "Send a valid, unexpired bearer token issued for this platform", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED,
                "Someone else changed the resource at the same moment: read it again and reapply your change", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException refusal) {
            // A refusal raised where only a WebApplicationException may leave, such as a parameter's converter.
            return problem(refusal, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.NOT_AUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.HTTP_ERROR;
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = status >= 500 ? type.title() : e.getMessage();
        Problem problem = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(), List.of());
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        // Headers the failure carries, such as Allow on a 405, stay; the body is the problem.
        e.getResponse().getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        java.util.Optional<ProblemException> refusal = DatabaseRefusals.of(e);
        if (refusal.isPresent()) {
            LOG.debugf("The database refused a request to %s: %s", uri.getPath(), refusal.get().getMessage());
            return problem(refusal.get(), uri);
        }
        if (causedBy(e, jakarta.persistence.OptimisticLockException.class) || causedBy(e, org.hibernate.StaleStateException.class)) {
            return concurrentChange(null, uri);
        }
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL_ERROR, "The failure has been logged; nothing was changed by this request",
                uri, List.of());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getPath(), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field a violation is about, without the method and parameter names a resource's signature adds. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] nodes = path.split("\\.");
        if (nodes.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(nodes, 2, nodes.length));
        }
        return nodes[nodes.length - 1];
    }
}
