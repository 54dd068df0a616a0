package io.sdc.report.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A report as a PDF for print and for the record: the print page of {@link ReportHtml} laid out on A4 by
 * openhtmltopdf, set in the embedded report font, tagged for screen readers (PDF/UA) and archivable (PDF/A-3a), with
 * the report's title and the language en-GB in its metadata.
 */
@ApplicationScoped
public class ReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ReportHtml html;

    @Inject
    public ReportPdf(ReportHtml html) {
        this.html = html;
    }

    public byte[] render(ReportDocument document) {
        String page = html.render(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(page, "classpath:/rendering/")
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                    .useColorProfile(SRGB)
                    .withProducer(ReportHtml.CREATOR)
                    .toStream(out);
            for (ReportFonts.Face face : ReportFonts.Face.values()) {
                builder.useFont(() -> ReportFonts.stream(face), ReportFonts.FAMILY, face.weight,
                        face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }
}
