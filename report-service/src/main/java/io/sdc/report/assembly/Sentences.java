package io.sdc.report.assembly;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The report's sentences, each made from figures by a Qute template under {@code templates/} (e.g.
 * {@code annual/indicator.txt}), never pieced together in code. The data are the figures already written as words
 * (strings, booleans), so that the same templates render in the service and in a plain unit test.
 */
@Singleton
public class Sentences {

    private final Engine engine;

    @Inject
    public Sentences(Engine engine) {
        this.engine = engine;
    }

    /** The templates read from the class path by an engine of their own, for tests without Quarkus. */
    public static Sentences standalone() {
        return new Sentences(Engine.builder().addDefaults().removeStandaloneLines(true)
                .addLocator(Sentences::onClassPath).build());
    }

    /** The sentence of {@code template} (e.g. {@code annual/indicator}) for the data given as name, value pairs. */
    public String make(String template, Object... namesAndValues) {
        TemplateInstance sentence = engine.getTemplate(template).instance();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            sentence.data(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return sentence.render().replaceAll("\\s+", " ").strip();
    }

    private static Optional<TemplateLocator.TemplateLocation> onClassPath(String id) {
        String path = "templates/" + id + (id.endsWith(".txt") ? "" : ".txt");
        if (Sentences.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                InputStream in = Sentences.class.getClassLoader().getResourceAsStream(path);
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            }

            @Override
            public Optional<io.quarkus.qute.Variant> getVariant() {
                return Optional.empty();
            }
        });
    }
}
