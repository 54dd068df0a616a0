package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and an update must send it back in
 * {@code If-Match}. No If-Match is a 428; a stale one a 412.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the document of a resource at a version, that version as its ETag. */
    public static <T> RestResponse<T> current(T view, long version) {
        return RestResponse.ResponseBuilder.ok(view).tag(of(version)).build();
    }

    /** 201 with the document of a resource just made, where it lives as Location and its version as ETag. */
    public static <T> RestResponse<T> created(URI location, T view, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).tag(of(version)).entity(view).build();
    }

    /** The version the client read, from its If-Match header. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the If-Match header with the ETag of the version you are changing");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match must be an ETag this service issued, such as \"3\", not " + ifMatch);
        }
    }

    /** Refuses the change if the resource is no longer at the version the client read. */
    public static void requireCurrent(String resource, long currentVersion, long expectedVersion) {
        if (currentVersion != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The " + resource + " is at version "
                    + currentVersion + ", not " + expectedVersion + ": read it again and reapply your change");
        }
    }
}
