package io.sdc.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One change to one resource: who made it, in which role, when, why, and each field from what to what. */
@Schema(name = "ChangeRecord", description = "One audited change to one resource.")
public record ChangeRecord(
        @Schema(description = "Audit revision number; changes made together share it", example = "42")
        long revision,
        @Schema(description = "When the change was made (UTC)", example = "2015-11-12T10:15:30Z")
        Instant changedAt,
        @Schema(description = "Who made it: the token's subject, or system:<service> for a change made on an event", example = "j.smith")
        String actor,
        @Schema(description = "The platform roles the actor held", example = "commissioner")
        String role,
        @Schema(description = "The reason given with the change", example = "Annual review agreed the revised scope")
        String reason,
        @Schema(description = "CREATED, UPDATED or DELETED", example = "UPDATED")
        String action,
        @Schema(description = "The kind of resource", example = "contract")
        String resourceType,
        @Schema(description = "The resource's id", example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11")
        String resourceId,
        @Schema(description = "The contract the resource belongs to", example = "5f0c6a8e-3c1b-4a51-9b8e-0f0d8f3b2a11")
        String contractId,
        @Schema(description = "Each field that changed, from what to what")
        List<FieldChange> changes,
        @Schema(description = "The whole resource as it stood after the change")
        JsonNode state) {

    @Schema(name = "FieldChange", description = "One field's value before and after a change.")
    public record FieldChange(
            @Schema(example = "title") String field,
            @Schema(description = "Before (null when created)") JsonNode from,
            @Schema(description = "After (null when deleted)") JsonNode to) {
    }
}
