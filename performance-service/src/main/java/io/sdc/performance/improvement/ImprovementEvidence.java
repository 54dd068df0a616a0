package io.sdc.performance.improvement;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.NotSupportedException;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A file uploaded as evidence of an improvement action by its owner's party: its name, media type, optional
 * description, size and SHA-256, and who uploaded it in which role and when. Kept as uploaded: it has no setters,
 * every column but its contract is not updatable, and the database refuses a DELETE and any UPDATE but the one that
 * gives a file of a council-held plan its contract when the plan passes to one. Progress updates cite it by id. The
 * audit history keeps the record and the hash, not the bytes, which are here once.
 */
@Entity
@Table(name = "improvement_evidence")
@Audited
public class ImprovementEvidence {

    /** The longest file name and description kept. */
    public static final int MAX_FILE_NAME_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false, updatable = false)
    private UUID actionId;

    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(updatable = false)
    private String description;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("bytes")
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploader_role", nullable = false, updatable = false)
    private String uploaderRole;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ImprovementEvidence() {
    }

    /** The file as sent: the name it was sent under, its Content-Type, an optional description and its bytes. */
    public record Upload(String fileName, String contentType, String description, byte[] bytes) {
    }

    /** Who uploads it, acting for which party, in which role, when. */
    public record Uploader(Party party, String uploadedBy, String role, Instant at) {
    }

    /**
     * The action's owner's party uploads a file as evidence. Refused: another party (403); a COMPLETE action (409); a
     * file without a name or an empty one (400); one larger than {@code maxBytes} (413); a media type not taken, or
     * bytes not of the kind the media type names (415); a description over 1000 characters (400).
     */
    public static ImprovementEvidence upload(ImprovementAction action, Upload upload, Uploader uploader, long maxBytes) {
        action.requireOwner(uploader.party(), "uploads evidence for it");
        if (action.status() == ActionStatus.COMPLETE) {
            throw ProblemException.conflict("Action '" + action.title() + "' is COMPLETE: it takes no more evidence");
        }
        String name = fileName(upload.fileName());
        EvidenceMediaType type = EvidenceMediaType.of(upload.contentType()).orElseThrow(() -> new NotSupportedException(
                "Evidence is a PDF, Word, Excel, CSV, PNG, JPEG or plain text file (" + EvidenceMediaType.described() + "), not "
                        + (upload.contentType() == null || upload.contentType().isBlank() ? "a file without a Content-Type" : upload.contentType())));
        byte[] content = upload.bytes() == null ? new byte[0] : upload.bytes();
        if (content.length == 0) {
            throw invalid("file", "must not be empty", "The file '" + name + "' is empty");
        }
        requireWithin(content.length, maxBytes);
        if (!type.matches(content)) {
            throw new NotSupportedException("The file '" + name + "' is sent as " + type.mediaType() + " but its content is not "
                    + type.kind());
        }
        String description = upload.description() == null || upload.description().isBlank() ? null : upload.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw invalid("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters", "The description is too long");
        }
        ImprovementEvidence evidence = new ImprovementEvidence();
        evidence.id = UUID.randomUUID();
        evidence.actionId = action.id();
        evidence.contractId = action.contractId();
        evidence.fileName = name;
        evidence.mediaType = type.mediaType();
        evidence.description = description;
        evidence.size = content.length;
        evidence.bytes = content.clone();
        evidence.sha256 = sha256Hex(evidence.bytes);
        evidence.uploadedBy = uploader.uploadedBy();
        evidence.uploaderRole = uploader.role();
        evidence.uploadedAt = uploader.at();
        return evidence;
    }

    /** A file of {@code size} bytes is at most {@code maxBytes} (413 otherwise). */
    public static void requireWithin(long size, long maxBytes) {
        if (size > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An evidence file is at most " + maxBytes + " bytes ("
                    + maxBytes / (1024 * 1024) + " MB); this one is larger");
        }
    }

    /**
     * The name a file is kept under: the last part of the name sent (no folders), without control characters; 400
     * naming {@code fileName} when none is left or it is longer than 255 characters.
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw invalid("fileName", "must be given, in the Content-Disposition header (attachment; filename=\"audit.pdf\")",
                    "Name the file: send Content-Disposition: attachment; filename=\"…\"");
        }
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            throw invalid("fileName", "must be at most " + MAX_FILE_NAME_LENGTH + " characters", "The file name is too long");
        }
        return name;
    }

    private static ProblemException invalid(String field, String rule, String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, List.of(new Problem.Violation(field, rule)));
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }

    /**
     * Its action passed to a contract with the council's plan: the file is that contract's too, once (409 if it is a
     * contract's already); the audit history keeps the move.
     */
    public void passToContract(ImprovementAction action) {
        if (!action.id().equals(actionId) || action.contractId() == null) {
            throw new IllegalArgumentException("Evidence file " + id + " follows its own action " + actionId + " to its contract");
        }
        if (contractId != null) {
            throw ProblemException.conflict("Evidence file '" + fileName + "' is contract " + contractId + "'s already");
        }
        contractId = action.contractId();
    }

    public UUID id() {
        return id;
    }

    public UUID actionId() {
        return actionId;
    }

    public UUID contractId() {
        return contractId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    /** A copy of the bytes as uploaded. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public String uploaderRole() {
        return uploaderRole;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
