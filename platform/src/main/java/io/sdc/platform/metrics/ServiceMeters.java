package io.sdc.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * The service's meters, each labelled with the {@code service} it measures (the application's name), so that a
 * dashboard tells the services apart wherever Prometheus scrapes them from.
 */
@ApplicationScoped
public class ServiceMeters {

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    public MeterRegistry registry() {
        return registry;
    }

    /** The {@code service} label and these (name, value, name, value...). */
    public Tags tags(String... namesAndValues) {
        return Tags.of("service", service).and(namesAndValues);
    }

    /** Adds one to the counter of that name with these labels. */
    public void count(String name, String description, String... namesAndValues) {
        Counter.builder(name).description(description).tags(tags(namesAndValues)).register(registry).increment();
    }

    /** A label value from an enum constant: {@code DUPLICATE} as {@code duplicate}. */
    public static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
