package io.sdc.report.issue;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.assembly.ReportKind;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A report as the commissioner issued it, kept for good: the PDF as sent and the figures it was made from (canonical
 * JSON), a SHA-256 of each, who issued it in which role, when and why, its number among the issues of the same report
 * (contract, kind, period), and, if it was issued on figures not all validated, which. Nothing changes it once made:
 * it has no setters, Hibernate never updates it and the database refuses an UPDATE or DELETE. A correction is a new
 * issue, numbered next, with a reason.
 * <p>
 * The audit history keeps the record (who issued what, when and why, and the hashes that identify the bytes), not the
 * bytes themselves, which are here once.
 */
@Entity
@Table(name = "issued_report")
@Immutable
@Audited
public class IssuedReport {

    /** The longest reason kept, as the audit history keeps it. */
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "contract_reference", nullable = false, updatable = false)
    private String contractReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportKind kind;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private int number;

    /** The figures as issued: canonical JSON (keys sorted), UTF-8. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("figures")
    @Column(nullable = false, updatable = false)
    private byte[] figures;

    @Column(name = "figures_sha256", nullable = false, updatable = false)
    private String figuresSha256;

    /** The PDF as issued. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @LazyGroup("pdf")
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    private String pdfSha256;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "issuer_role", nullable = false, updatable = false)
    private String issuerRole;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(updatable = false)
    private String reason;

    /** Issued on figures not all validated, which the issuer confirmed with a reason. */
    @Column(nullable = false, updatable = false)
    private boolean provisional;

    /** The figures that were not validated when it was issued, as the report's first page lists them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private List<String> unvalidated;

    protected IssuedReport() {
    }

    /** What is issued: the report drafted now, as its figures' bytes and its PDF's bytes. */
    public record Draft(UUID contractId, String contractReference, ReportKind kind, String period, List<String> unvalidated,
                        byte[] figures, byte[] pdf) {
    }

    /** Who issues it, in which role, when, and why (none for a first issue of validated figures). */
    public record Issue(String issuedBy, String issuerRole, Instant issuedAt, int number, boolean confirmUnvalidated, String reason) {
    }

    /**
     * Issues the draft as copy {@code number} of its report. Refused (400, nothing made) when the figures are not all
     * validated and the issuer did not confirm that with a reason, and when a re-issue (number 2 on) has no reason.
     */
    public static IssuedReport issue(Draft draft, Issue issue) {
        requireIssuable(draft.unvalidated(), issue.number(), issue.confirmUnvalidated(), issue.reason());
        if (draft.figures() == null || draft.figures().length == 0 || draft.pdf() == null || draft.pdf().length == 0) {
            throw new IllegalArgumentException("An issued report needs its figures and its PDF");
        }
        IssuedReport report = new IssuedReport();
        report.id = UUID.randomUUID();
        report.contractId = draft.contractId();
        report.contractReference = draft.contractReference();
        report.kind = draft.kind();
        report.period = draft.period();
        report.number = issue.number();
        report.figures = draft.figures().clone();
        report.figuresSha256 = sha256Hex(report.figures);
        report.pdf = draft.pdf().clone();
        report.pdfSha256 = sha256Hex(report.pdf);
        report.issuedBy = issue.issuedBy();
        report.issuerRole = issue.issuerRole();
        report.issuedAt = issue.issuedAt();
        report.reason = blank(issue.reason()) ? null : issue.reason().strip();
        report.unvalidated = List.copyOf(draft.unvalidated());
        report.provisional = !report.unvalidated.isEmpty();
        return report;
    }

    /**
     * The rules an issue must meet, checked before anything is made: figures not all validated are issued only when
     * the issuer confirms them ({@code confirmUnvalidated}) and gives a reason; a re-issue (number 2 on) needs a
     * reason. A refusal names every field that is missing.
     */
    public static void requireIssuable(List<String> unvalidated, int number, boolean confirmUnvalidated, String reason) {
        if (number < 1) {
            throw new IllegalArgumentException("Issues are numbered from 1, not " + number);
        }
        List<Problem.Violation> missing = new ArrayList<>();
        if (!unvalidated.isEmpty()) {
            if (!confirmUnvalidated) {
                missing.add(new Problem.Violation("confirmUnvalidated", "must be true to issue a report on figures not all "
                        + "validated (" + String.join("; ", unvalidated) + ")"));
            }
            if (blank(reason)) {
                missing.add(new Problem.Violation("reason", "must say why the report is issued before its figures are validated"));
            }
            if (!missing.isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "The report's figures are not all validated ("
                        + unvalidated.size() + " not): confirm that it is issued on them (confirmUnvalidated) and give a "
                        + "reason; it is kept in the audit history and the report's first page says which figures they are",
                        missing);
            }
        }
        if (number > 1 && blank(reason)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "This report was issued before: give a reason to issue "
                    + "it again (issue " + number + "); it is kept in the audit history",
                    List.of(new Problem.Violation("reason", "must say why the report is issued again")));
        }
        if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The reason is too long",
                    List.of(new Problem.Violation("reason", "must be at most " + MAX_REASON_LENGTH + " characters")));
        }
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /** The SHA-256 of the bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One of the documents kept: the name it is downloaded as, its bytes as issued and their SHA-256 (hex). */
    public record Copy(String fileName, String mediaType, byte[] bytes, String sha256) {
    }

    /** The PDF as issued. */
    public Copy pdfCopy() {
        return new Copy(fileName("pdf"), "application/pdf", pdf(), pdfSha256);
    }

    /** The figures as issued. */
    public Copy figuresCopy() {
        return new Copy(fileName("json"), "application/json", figures(), figuresSha256);
    }

    /** The name a document of it is downloaded as, e.g. {@code annual-report-DCST-SDC-2014-2014-15-issue-1.pdf}. */
    String fileName(String extension) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + fileNamePart(contractReference) + "-"
                + fileNamePart(period) + "-issue-" + number + "." + extension;
    }

    private static String fileNamePart(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String contractReference() {
        return contractReference;
    }

    public ReportKind kind() {
        return kind;
    }

    public String period() {
        return period;
    }

    public int number() {
        return number;
    }

    /** A copy of the figures' bytes as issued. */
    public byte[] figures() {
        return figures.clone();
    }

    public String figuresSha256() {
        return figuresSha256;
    }

    /** A copy of the PDF's bytes as issued. */
    public byte[] pdf() {
        return pdf.clone();
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public String issuerRole() {
        return issuerRole;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String reason() {
        return reason;
    }

    public boolean provisional() {
        return provisional;
    }

    public List<String> unvalidated() {
        return unvalidated;
    }
}
