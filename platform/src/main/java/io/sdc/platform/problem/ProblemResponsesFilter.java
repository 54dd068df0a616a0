package io.sdc.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents the problem answers of every API operation in one place: 401 and 403 for every call, 400 for a request
 * body that is not valid, 404 for a path naming a resource (named from the path: "No such contract", "No such milestone
 * of this contract"), 428 and 412 for an update that needs {@code If-Match},
 * and any other 4xx a resource method names (with a description saying when, and no body). Each is
 * {@code application/problem+json} with the {@link Problem} schema, so that an auditor reading the OpenAPI document
 * sees every answer a call can have, and no resource repeats the schema.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMA = "Problem";
    /** The descriptions SmallRye OpenAPI gives the 401 and 403 it adds to secured operations. */
    private static final java.util.Set<String> GENERATED = java.util.Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean schemaKnown = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey(SCHEMA);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                document(path.getKey(), operation, schemaKnown);
            }
        }
    }

    private static void document(String path, Operation operation, boolean schemaKnown) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "401", "No bearer token, or one that is expired, badly signed or from another issuer", schemaKnown);
        add(responses, "403", "The caller's role does not allow this operation", schemaKnown);
        if (operation.getRequestBody() != null) {
            add(responses, "400", "The request body is not valid: every violated field is listed", schemaKnown);
        }
        if (path.contains("{")) {
            add(responses, "404", noSuch(path), schemaKnown);
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(ProblemResponsesFilter::isIfMatch)) {
            add(responses, "428", "No If-Match header: send the ETag of the version being changed", schemaKnown);
            add(responses, "412", "The If-Match header names a version that is no longer the current one", schemaKnown);
        }
        if (schemaKnown && responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") && response.getContent() == null) {
                    response.content(problemContent());
                }
            });
        }
    }

    /**
     * What a 404 on the path means, from the collections its identifiers stand in: {@code /api/v1/contracts/{id}} is
     * "No such contract", {@code /api/v1/contracts/{id}/milestones/{milestoneId}} "No such milestone of this contract".
     * A resource method names a 404 of its own where it means more (e.g. "no basket in force then").
     */
    static String noSuch(String path) {
        List<String> named = new ArrayList<>();
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{") && !segments[i - 1].isEmpty() && !segments[i - 1].startsWith("{")) {
                named.add(singular(segments[i - 1]));
            }
        }
        return switch (named.size()) {
            case 0 -> "No such resource";
            case 1 -> "No such " + named.get(0);
            default -> "No such " + named.get(named.size() - 1) + " of this " + named.get(named.size() - 2);
        };
    }

    /** {@code change-requests} -> "change request", {@code improvement-evidence} -> "improvement evidence". */
    private static String singular(String collection) {
        String words = collection.replace('-', ' ');
        if (words.endsWith("ies")) {
            return words.substring(0, words.length() - 3) + "y";
        }
        return words.endsWith("s") && !words.endsWith("ss") ? words.substring(0, words.length() - 1) : words;
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName());
    }

    private static void add(APIResponses responses, String status, String description, boolean schemaKnown) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        } else if (response.getContent() != null) {
            return;
        } else if (response.getDescription() == null || GENERATED.contains(response.getDescription())) {
            response.setDescription(description);
        }
        if (schemaKnown) {
            response.content(problemContent());
        }
    }
}
