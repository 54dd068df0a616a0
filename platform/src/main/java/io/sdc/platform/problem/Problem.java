package io.sdc.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An error answer as RFC 9457 describes it, served as {@code application/problem+json}: a stable {@code type} a
 * client can switch on, a short {@code title}, the HTTP {@code status}, a {@code detail} for people and, when the
 * request broke input rules, every {@code violations} entry at once.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem detail: why the request was refused.",
        example = """
                {"type":"urn:sdc:problem:validation-failed","title":"The request is not valid","status":400,\
                "detail":"1 field is not valid","violations":[{"field":"reference","message":"must not be blank"}]}""")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:sdc:problem:validation-failed")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "The request is not valid")
        String title,
        @Schema(description = "The HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, for people", example = "1 field is not valid")
        String detail,
        @Schema(description = "The request path the problem arose on", example = "/api/v1/contracts")
        String instance,
        @Schema(description = "For validation failures: each field that broke a rule and the rule it broke")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation", description = "One input rule a request broke.")
    public record Violation(
            @Schema(description = "The field, as a path into the request", example = "commencementDate")
            String field,
            @Schema(description = "The rule it broke", example = "must not be null")
            String message) {
    }
}
