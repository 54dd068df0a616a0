package io.sdc.report.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The renderers wired as the service wires them, without the container; and where tests leave their evidence. */
final class Renderers {

    static final ReportCharts CHARTS = new ReportCharts();
    static final ReportHtml HTML = new ReportHtml(CHARTS);
    static final ReportPdf PDF = new ReportPdf(HTML);
    static final ReportDocx DOCX = new ReportDocx(CHARTS);

    private Renderers() {
    }

    /** Keeps a rendered file under target/rendering for people to open. */
    static Path keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "rendering");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
