package io.sdc.performance.improvement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ImprovementEvidence", description = "A file uploaded as evidence of an improvement action, kept as uploaded; its bytes "
        + "are at `href`.")
public record EvidenceView(UUID id, UUID actionId, UUID contractId, @Schema(example = "assessment-audit-2016-01.pdf") String fileName,
                           @Schema(example = "application/pdf") String mediaType,
                           @Schema(example = "January's audit of 40 assessments") String description,
                           @Schema(description = "Its size in bytes", example = "48213") long size,
                           @Schema(description = "The SHA-256 of its bytes, hex; also the download's ETag") String sha256,
                           String uploadedBy, @Schema(example = "trust-performance") String uploaderRole, Instant uploadedAt,
                           @Schema(description = "Where its bytes are downloaded", example = "/api/v1/improvement-evidence/5f0c6f5e-8a3b-4a56-9a4f-0b1f2c3d4e5f")
                           String href) {
}
