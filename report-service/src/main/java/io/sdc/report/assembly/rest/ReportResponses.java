package io.sdc.report.assembly.rest;

import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.assembly.AssembledReport;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.rendering.ReportDocx;
import io.sdc.report.rendering.ReportPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A drafted report in the form asked for, on the same path: JSON of its figures and document (the default), a PDF,
 * or a Word document, chosen by {@code ?format=json|pdf|docx} (for plain links) or else by {@code Accept}. PDF and
 * Word answers are downloads named after the report, e.g. {@code annual-report-DCST-SDC-2014-2014-15.pdf}.
 */
@ApplicationScoped
public class ReportResponses {

    public static final String JSON = MediaType.APPLICATION_JSON;
    public static final String PDF = ReportPdf.MEDIA_TYPE;
    public static final String DOCX = ReportDocx.MEDIA_TYPE;
    /** What {@code ?format=} may name, and the media type each stands for. */
    public static final Map<String, String> FORMATS = Map.of("json", JSON, "pdf", PDF, "docx", DOCX);
    /** The OpenAPI description of the {@code format} parameter. */
    public static final String FORMAT_DESCRIPTION = "json, pdf or docx: the form of the report, for links that cannot send Accept (default: by Accept, else json)";

    private final ReportPdf pdf;
    private final ReportDocx docx;

    @Inject
    public ReportResponses(ReportPdf pdf, ReportDocx docx) {
        this.pdf = pdf;
        this.docx = docx;
    }

    /** The JSON answer: the report's figures and the document its page shows. */
    public record ReportAnswer(Object figures, ReportDocument document) {
    }

    public Response respond(AssembledReport report, String format, HttpHeaders headers) {
        return respond(() -> report, format, headers);
    }

    /** The report drafted only once the form asked for is known to be one served (a bad format drafts nothing). */
    public Response respond(Supplier<AssembledReport> drafting, String format, HttpHeaders headers) {
        String type = mediaType(format, headers.getAcceptableMediaTypes());
        AssembledReport report = drafting.get();
        Response.ResponseBuilder answer = switch (type) {
            case PDF -> download(pdf.render(report.document()), PDF, fileName(report, "pdf"));
            case DOCX -> download(docx.render(report.document()), DOCX, fileName(report, "docx"));
            default -> Response.ok(new ReportAnswer(report.figures(), report.document()), JSON);
        };
        return answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * The media type to answer: the one {@code format} names, else the first acceptable one of JSON, PDF and DOCX
     * (JSON for a wildcard). A format not known is refused (400 naming {@code format}).
     */
    public static String mediaType(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            String type = FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
            if (type == null) {
                String rule = "must be json, pdf or docx";
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "'format' " + rule + ", not '" + format + "'",
                        List.of(new Problem.Violation("format", rule)));
            }
            return type;
        }
        if (acceptable == null || acceptable.isEmpty()) {
            return JSON;
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            for (String type : List.of(PDF, DOCX)) {
                if (accepted.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        throw new NotAcceptableException("The report is served as " + JSON + ", " + PDF + " or " + DOCX);
    }

    /** The download's name: kind, contract reference and period, e.g. annual-report-DCST-SDC-2014-2014-15.pdf. */
    public static String fileName(AssembledReport report, String extension) {
        String name = report.kind().name().toLowerCase(Locale.ROOT) + "-" + report.contractReference() + "-" + report.period();
        return name.replace('_', '-').replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-{2,}", "-") + "." + extension;
    }

    private static Response.ResponseBuilder download(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
