package io.sdc.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Traces leave the service only when an OTLP endpoint is configured ({@code quarkus.otel.exporter.otlp.traces.endpoint}
 * or {@code quarkus.otel.exporter.otlp.endpoint}, e.g. as the environment variable
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}). Without one, every span is still created with its trace and
 * span id, so trace context still passes from HTTP requests to the outbox, Kafka and the next service, and log lines
 * still name their trace; but no span is sampled, so nothing is recorded or exported and no collector is needed.
 */
@ApplicationScoped
public class TraceExport {

    private static final Logger LOG = Logger.getLogger(TraceExport.class);

    static final List<String> ENDPOINT_KEYS = List.of(
            "quarkus.otel.exporter.otlp.traces.endpoint", "quarkus.otel.exporter.otlp.endpoint");

    @Produces
    @Singleton
    Sampler sampler() {
        String endpoint = configuredEndpoint(ConfigProvider.getConfig());
        if (endpoint == null) {
            return Sampler.alwaysOff();
        }
        LOG.infof("Exporting traces over OTLP to %s", endpoint);
        return Sampler.parentBased(Sampler.alwaysOn());
    }

    /** The OTLP endpoint set by configuration (not the extension's default), or null if none. */
    static String configuredEndpoint(Config config) {
        for (String key : ENDPOINT_KEYS) {
            ConfigValue value = config.getConfigValue(key);
            // The extension's own default (localhost:4317) comes from a default-values source of negative ordinal.
            if (value.getValue() != null && !value.getValue().isBlank() && value.getSourceOrdinal() > 0) {
                return value.getValue();
            }
        }
        return null;
    }
}
