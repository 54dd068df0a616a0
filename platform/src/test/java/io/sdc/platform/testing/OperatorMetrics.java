package io.sdc.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics an operator watches, as the checked-in catalogue {@code deploy/monitoring/metrics.txt} lists them (the
 * ones the Grafana dashboard and the alert rules use), and as the running service exposes them on {@code /q/metrics}.
 */
public final class OperatorMetrics {

    /** One line of the Prometheus text exposition: a series' name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** One row of the catalogue: the series, the labels each sample carries, and which services expose it. */
    public record Entry(String name, List<String> labels, String exposedBy) {
    }

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private OperatorMetrics() {
    }

    /** The file of the repository at this relative path, found from the module's directory upwards. */
    public static Path repositoryFile(String relative) {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.exists(directory.resolve(relative))) {
                return directory.resolve(relative);
            }
        }
        throw new IllegalStateException("No " + relative + " above " + Path.of("").toAbsolutePath());
    }

    public static List<Entry> catalogue() {
        try {
            return Files.readAllLines(repositoryFile("deploy/monitoring/metrics.txt")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+"))
                    .map(fields -> new Entry(fields[0], fields[1].equals("-") ? List.of() : Arrays.asList(fields[1].split(",")), fields[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's metrics as Prometheus scrapes them now. */
    public static List<Sample> scrape() {
        return parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    static List<Sample> parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int braces = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = braces >= 0 ? line.substring(0, braces) : line.substring(0, space);
            Map<String, String> labels = new LinkedHashMap<>();
            if (braces >= 0) {
                Matcher label = LABEL.matcher(line.substring(braces, line.lastIndexOf('}')));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(name, labels, value(line.substring(space + 1))));
        }
        return samples;
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /**
     * Scrapes the service and checks that it exposes every catalogued series that services of these kinds expose
     * ({@code every}, {@code publishers}, {@code consumers} or the service's name), each sample with the catalogued
     * labels, and that no route label holds an identifier. Returns the scrape.
     */
    public static List<Sample> assertExposed(String... exposedBy) {
        List<Sample> samples = scrape();
        Set<String> kinds = Set.of(exposedBy);
        List<Entry> expected = catalogue().stream().filter(entry -> kinds.contains(entry.exposedBy())).toList();
        assertThat(expected).as("catalogued metrics of " + kinds).isNotEmpty();
        for (Entry entry : expected) {
            List<Sample> series = samples.stream().filter(sample -> sample.name().equals(entry.name())).toList();
            assertThat(series).as(entry.name() + " on /q/metrics").isNotEmpty();
            assertThat(series).as(entry.name() + " labelled " + entry.labels())
                    .allSatisfy(sample -> assertThat(sample.labels()).containsKeys(entry.labels().toArray(String[]::new)));
        }
        assertThat(samples).as("routes are templates, never a resource's own path")
                .noneMatch(sample -> sample.labels().containsKey("uri") && UUID.matcher(sample.labels().get("uri")).find());
        return samples;
    }

    /** The sum of the values of the series' samples that carry all these labels (name, value, name, value...). */
    public static double sum(List<Sample> samples, String name, String... labels) {
        return samples.stream().filter(sample -> sample.name().equals(name)).filter(sample -> {
            for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).mapToDouble(Sample::value).sum();
    }

    /** How much the series' samples that carry these labels grew from one scrape to the next. */
    public static double increase(List<Sample> before, List<Sample> after, String name, String... labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }
}
