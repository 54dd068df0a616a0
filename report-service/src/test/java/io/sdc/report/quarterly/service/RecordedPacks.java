package io.sdc.report.quarterly.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.sdc.report.RecordedServices;
import io.sdc.report.assembly.Sentences;
import io.sdc.report.improvement.service.ImprovementLayout;
import io.sdc.report.quarterly.Quarter;
import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.rendering.ReportDocument;
import io.sdc.report.upstream.HttpUpstream;
import io.sdc.report.upstream.Upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Quarterly packs of the demo contract made without Quarkus from the answers the shared local stack gave its auditor
 * (served by {@link RecordedServices}), with the layout's Qute templates as the service loads them, on the date the
 * test profile's clock starts.
 */
final class RecordedPacks implements AutoCloseable {

    static final UUID CONTRACT = UUID.fromString(RecordedServices.DEMO_CONTRACT);
    /** The test profile's {@code sdc.clock.start} (2026-06-15): every demo quarter has ended. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final RecordedServices services = RecordedServices.started();
    final Upstream upstream = new HttpUpstream(services.config(), () -> "recorded-auditor-token", new ObjectMapper());
    final QuarterlyPackLayout layout = layout();

    QuarterlyPack figures(String quarter) {
        return QuarterlyFigures.gather(upstream, CONTRACT, Quarter.parse("period", quarter), TODAY);
    }

    ReportDocument document(QuarterlyPack pack) {
        return layout.document(pack);
    }

    static QuarterlyPackLayout layout() {
        Engine engine = Engine.builder().addDefaults().build();
        QuarterlyPackLayout layout = new QuarterlyPackLayout();
        layout.ragSummary = template(engine, "rag-summary");
        layout.exception = template(engine, "exception");
        layout.yearSummary = template(engine, "year-summary");
        layout.forecast = template(engine, "forecast");
        layout.changes = template(engine, "changes");
        layout.overdue = template(engine, "overdue");
        layout.trend = template(engine, "trend");
        layout.notice = template(engine, "notice");
        layout.improvement = new ImprovementLayout(Sentences.standalone());
        return layout;
    }

    private static Template template(Engine engine, String name) {
        try {
            return engine.parse(Files.readString(Path.of("src/main/resources/templates/quarterly/" + name + ".txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services.stop();
    }
}
