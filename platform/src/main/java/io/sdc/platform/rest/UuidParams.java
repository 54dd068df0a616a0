package io.sdc.platform.rest;

import io.sdc.platform.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Reads a {@code UUID} path or query parameter, refusing a blank or malformed id with a 400 problem that names the
 * parameter, as {@link ProblemException#requireUuid(String, String)} does. The refusal travels as a
 * {@link WebApplicationException} (anything else thrown by a path parameter's converter would be a 404); the problem
 * mappers answer it with the problem it carries.
 */
@Provider
public class UuidParams implements ParamConverterProvider {

    /**
     * A UUID as text, for {@code @Pattern} on an id given in a request body, so that only a real UUID passes and
     * reaches {@code UUID.fromString} (a 400 naming the field otherwise).
     */
    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        return (ParamConverter<T>) new Converter(nameIn(annotations));
    }

    private static String nameIn(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return "id";
    }

    private record Converter(String name) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            try {
                return ProblemException.requireUuid(name, value);
            } catch (ProblemException refusal) {
                throw new WebApplicationException(refusal, refusal.type().status());
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
