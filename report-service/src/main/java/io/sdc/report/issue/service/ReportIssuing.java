package io.sdc.report.issue.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.ProblemException;
import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.assembly.ReportAssembler;
import io.sdc.report.assembly.ReportKind;
import io.sdc.report.issue.IssuedReport;
import io.sdc.report.issue.events.ReportIssued;
import io.sdc.report.issue.repository.IssuedReportRepository;
import io.sdc.report.rendering.ReportPdf;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.report.assembly.ReportWords;
import io.sdc.report.rendering.ReportDocument;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issues reports and reads back what was issued. Issuing drafts the report now from the services' answers (as the
 * commissioner), writes its figures once as canonical JSON and renders its PDF from the same draft, checks the issue
 * may be made (figures not all validated confirmed with a reason; a re-issue with a reason), keeps both with their
 * hashes, who issued it and when, and announces {@code report.issued}.
 */
@ApplicationScoped
public class ReportIssuing {

    @Inject
    Instance<ReportAssembler> assemblers;

    @Inject
    ReportPdf reportPdf;

    @Inject
    IssuedReportRepository issuedReports;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper objectMapper;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Writes figures the same way every time: no indentation, every object's properties in name order. */
    private ObjectMapper canonical;

    @PostConstruct
    void canonicalJson() {
        canonical = objectMapper.copy()
                .disable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
                // Decimals exactly as the services gave them (23.0 stays 23.0, 42200000.00 is not 4.22E+7).
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Issues the contract's report of this kind for the period as it stands now. Refused with 400, nothing kept, when
     * the period is not of the report's form, the figures are not all validated and {@code confirmUnvalidated} is not
     * true with a reason, or the report was issued before and no reason is given (here or in Change-Reason).
     */
    public IssuedReport issue(UUID contractId, ReportKind kind, String period, boolean confirmUnvalidated, String reason) {
        // The services are asked before any transaction begins: a slow one holds no lock and cannot time a transaction out.
        AssembledReport assembled = assemblerFor(kind).assemble(contractId, period);
        byte[] figures = canonicalJson(assembled.figures());
        String offered = reason != null && !reason.isBlank() ? reason : changeContext.reason().orElse(null);
        return QuarkusTransaction.requiringNew().call(() -> {
            int number = issuedReports.lastNumber(contractId, kind, assembled.period()) + 1;
            IssuedReport.requireIssuable(assembled.unvalidated(), number, confirmUnvalidated, offered);
            String given = offered == null ? null : changeContext.requireReason("issue the report", offered);
            ChangeAuthor author = changeContext.author();
            Instant issuedAt = Instant.now(clock);
            byte[] pdf = reportPdf.render(asIssued(assembled.document(), number, author, issuedAt, given));
            IssuedReport report = IssuedReport.issue(
                    new IssuedReport.Draft(contractId, assembled.contractReference(), kind, assembled.period(), assembled.unvalidated(),
                            figures, pdf),
                    new IssuedReport.Issue(author.actor(), author.role(), issuedAt, number, confirmUnvalidated, given));
            // Flushed here, so that another issue of the same number that won the race is a 409 now, not at commit.
            issuedReports.persistAndFlush(report);
            outbox.publish(ReportIssued.TYPE, contractId, ReportIssued.of(report));
            return report;
        });
    }

    /** The document as issued: its first page says which issue it is, who issued it, when and why, before any notice. */
    static ReportDocument asIssued(ReportDocument draft, int number, ChangeAuthor author, Instant issuedAt, String reason) {
        ZonedDateTime at = issuedAt.atZone(UK);
        String issued = "Issued copy, issue " + number + ": issued by " + author.actor() + " (" + author.role() + ") on "
                + ReportWords.date(at.toLocalDate()) + " at " + at.format(TIME) + " UK time."
                + (reason == null ? "" : " Reason given: " + reason);
        List<String> notices = new ArrayList<>();
        notices.add(issued);
        notices.addAll(draft.notices());
        return new ReportDocument(draft.title(), draft.subtitle(), notices, draft.sections());
    }

    @Transactional
    public IssuedReport issued(UUID id) {
        return find(id);
    }

    /** The contract's issued reports, newest first. */
    @Transactional
    public List<IssuedReport> ofContract(UUID contractId) {
        return issuedReports.ofContract(contractId);
    }

    /** The PDF exactly as issued. */
    @Transactional
    public IssuedReport.Copy pdf(UUID id) {
        return find(id).pdfCopy();
    }

    /** The figures exactly as issued. */
    @Transactional
    public IssuedReport.Copy figures(UUID id) {
        return find(id).figuresCopy();
    }

    private IssuedReport find(UUID id) {
        return issuedReports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("issued report", id));
    }

    private ReportAssembler assemblerFor(ReportKind kind) {
        return assemblers.stream().filter(assembler -> assembler.kind() == kind).findFirst()
                .orElseThrow(() -> ProblemException.invalid("Reports of kind " + kind + " cannot be issued here yet"));
    }

    /** The figures as JSON bytes (UTF-8) that are the same for the same figures: properties sorted, no spaces. */
    byte[] canonicalJson(Object figures) {
        try {
            JsonNode tree = canonical.valueToTree(figures);
            return canonical.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report's figures cannot be written as JSON", e);
        }
    }
}
