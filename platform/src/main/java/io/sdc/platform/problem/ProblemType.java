package io.sdc.platform.problem;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The kinds of problem the platform answers with; their type URIs never change once published. */
public enum ProblemType {

    VALIDATION_FAILED("validation-failed", "The request is not valid", Response.Status.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "The request body cannot be read", Response.Status.BAD_REQUEST),
    NOT_AUTHENTICATED("not-authenticated", "A valid bearer token is required", Response.Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Your role does not allow this", Response.Status.FORBIDDEN),
    NOT_FOUND("not-found", "No such resource", Response.Status.NOT_FOUND),
    CONFLICT("conflict", "The request conflicts with the resource's state", Response.Status.CONFLICT),
    PRECONDITION_FAILED("precondition-failed", "The resource has changed since you read it", Response.Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED("precondition-required", "Send If-Match with the ETag you read", Response.Status.fromStatusCode(428)),
    LENGTH_REQUIRED("length-required", "Send the body with its Content-Length", Response.Status.fromStatusCode(411)),
    PAYLOAD_TOO_LARGE("payload-too-large", "The body is larger than this service takes", Response.Status.REQUEST_ENTITY_TOO_LARGE),
    HTTP_ERROR("http-error", "The request could not be served", Response.Status.BAD_REQUEST),
    INTERNAL_ERROR("internal-error", "Something went wrong on our side", Response.Status.INTERNAL_SERVER_ERROR);

    private final URI uri;
    private final String title;
    private final Response.Status status;

    ProblemType(String slug, String title, Response.Status status) {
        this.uri = URI.create("urn:sdc:problem:" + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status.getStatusCode();
    }
}
