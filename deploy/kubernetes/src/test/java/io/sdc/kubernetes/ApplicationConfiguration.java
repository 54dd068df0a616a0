package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one application of the repository (a service or the portal) reads as configuration, from its sources: the keys
 * of its application.properties and, for a service built on platform, platform's microprofile-config.properties (the
 * profile prefix such as {@code %test.} taken off); the properties of its {@code @ConfigMapping} interfaces and its
 * {@code @ConfigProperty} names (its own and platform's); and the keys of the Quarkus extensions it depends on (their
 * configuration model, {@code META-INF/quarkus-config-doc/quarkus-config-model.json}, read from the extension's jar).
 * An environment variable names a key when it is the key in Quarkus' environment form (every character other than a
 * letter or digit made {@code _}, upper case), e.g. SDC_REPORT_SERVICES_CONTRACT for sdc.report.services.contract.
 */
final class ApplicationConfiguration {

    static final Path ROOT = Path.of(System.getProperty("sdc.repository.root", "../..")).toAbsolutePath().normalize();

    /** Extensions that come with another one the poms name (only those whose models the test reads). */
    private static final Map<String, List<String>> IMPLIED = Map.of(
            "quarkus-rest", List.of("quarkus-core", "quarkus-vertx-http"),
            "quarkus-rest-jackson", List.of("quarkus-core", "quarkus-vertx-http"),
            "quarkus-jdbc-postgresql", List.of("quarkus-datasource", "quarkus-agroal"));

    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern MAPPING_METHOD = Pattern.compile(
            "((?:@\\w+(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s+)*)([\\w.]+(?:<[\\w<>, ?.]+>)?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\"([^\"]*)\"\\)");

    final String name;
    final Path module;
    final boolean onPlatform;
    private final Properties properties = new Properties();
    /** Keys (regular expressions in environment form) to what they came from. */
    private final Map<String, String> keys = new LinkedHashMap<>();
    /** Defaults of the mapped properties and @ConfigProperty, by key. */
    private final Map<String, String> defaults = new LinkedHashMap<>();
    /** Mapped properties with neither a default nor an Optional type: the application does not start without them. */
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> extensions = new LinkedHashSet<>();

    private ApplicationConfiguration(String name) {
        this.name = name;
        this.module = ROOT.resolve(name);
        String pom = read(module.resolve("pom.xml"));
        this.onPlatform = artifacts(pom).contains("platform");
        if (onPlatform) {
            loadProperties(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
            readSources(ROOT.resolve("platform/src/main/java"));
            addExtensions(artifacts(read(ROOT.resolve("platform/pom.xml"))));
        }
        loadProperties(module.resolve("src/main/resources/application.properties"));
        readSources(module.resolve("src/main/java"));
        addExtensions(artifacts(pom));
        readQuarkusModels();
    }

    /**
     * The repository's applications: the modules of the root pom that serve HTTP (a quarkus.http.port), but for those
     * under {@code deploy/benchmark/}, the benchmark's yardsticks, which are never deployed.
     */
    static List<ApplicationConfiguration> all() {
        List<ApplicationConfiguration> applications = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(read(ROOT.resolve("pom.xml")));
        while (module.find()) {
            Path properties = ROOT.resolve(module.group(1)).resolve("src/main/resources/application.properties");
            if (!module.group(1).startsWith("deploy/benchmark/") && Files.isRegularFile(properties) && read(properties).contains("quarkus.http.port=")) {
                applications.add(new ApplicationConfiguration(module.group(1)));
            }
        }
        return applications;
    }

    /** The value the application runs with where the environment does not set the key (no profile). */
    Optional<String> value(String key) {
        return Optional.ofNullable(properties.getProperty(key)).or(() -> Optional.ofNullable(defaults.get(key)));
    }

    /** Whether the application (its properties, mappings or extensions) reads the key this environment variable names. */
    Optional<String> keyOf(String environmentVariable) {
        return keys.entrySet().stream().filter(key -> environmentVariable.matches(key.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The mapped keys without a default, in environment form, that neither the properties nor a profile-less default give. */
    Set<String> requiredWithoutValue() {
        Set<String> missing = new LinkedHashSet<>();
        for (String key : required) {
            if (properties.getProperty(key) == null) {
                missing.add(environmentForm(key));
            }
        }
        return missing;
    }

    Set<String> extensions() {
        return Collections.unmodifiableSet(extensions);
    }

    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private void addKey(String key, String origin) {
        StringBuilder pattern = new StringBuilder();
        // Map keys of the configuration models appear as "name" segments and stand for any name.
        Matcher segment = Pattern.compile("\"[^\"]*\"|\\*|[^\"*]+").matcher(key);
        while (segment.find()) {
            String part = segment.group();
            pattern.append(part.startsWith("\"") || part.equals("*") ? "[A-Z0-9_]+" : Pattern.quote(environmentForm(part)));
        }
        keys.putIfAbsent(pattern.toString(), key + " (" + origin + ")");
    }

    private void loadProperties(Path file) {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : loaded.stringPropertyNames()) {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            addKey(plain, file.getFileName().toString());
            if (!key.startsWith("%")) {
                properties.setProperty(key, loaded.getProperty(key));
            }
        }
    }

    private void readSources(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = withoutComments(read(file));
                Matcher property = CONFIG_PROPERTY.matcher(source);
                while (property.find()) {
                    addKey(property.group(1), "@ConfigProperty in " + file.getFileName());
                    if (property.group(2) != null) {
                        defaults.put(property.group(1), property.group(2));
                    }
                }
                Matcher mapping = CONFIG_MAPPING.matcher(source);
                if (mapping.find()) {
                    int body = source.indexOf('{', mapping.end());
                    readMapping(source, body, mapping.group(1), file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties of the interface whose body opens at {@code open}, nested interfaces as groups. */
    private void readMapping(String source, int open, String prefix, String file) {
        String body = ownBody(source, open);
        Matcher method = MAPPING_METHOD.matcher(body);
        while (method.find()) {
            String annotations = method.group(1);
            String type = method.group(2);
            String key = prefix + "." + kebab(method.group(3));
            Matcher nested = Pattern.compile("interface\\s+" + Pattern.quote(type) + "\\s*\\{").matcher(source);
            if (nested.find()) {
                readMapping(source, nested.end() - 1, key, file);
                continue;
            }
            addKey(key, "@ConfigMapping in " + file);
            Matcher withDefault = WITH_DEFAULT.matcher(annotations);
            if (withDefault.find()) {
                defaults.put(key, withDefault.group(1));
            } else if (!type.startsWith("Optional")) {
                required.add(key);
            }
        }
    }

    /** The text of the block opening at {@code open}, without the blocks nested in it. */
    private static String ownBody(String source, int open) {
        StringBuilder own = new StringBuilder();
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (depth == 1) {
                own.append(c);
            }
        }
        return own.toString();
    }

    private void addExtensions(Set<String> artifacts) {
        for (String artifact : artifacts) {
            extensions.add(artifact);
            extensions.addAll(IMPLIED.getOrDefault(artifact, List.of()));
        }
    }

    private void readQuarkusModels() {
        try {
            Enumeration<URL> models = getClass().getClassLoader().getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            ObjectMapper json = new ObjectMapper();
            for (URL model : Collections.list(models)) {
                Matcher jar = Pattern.compile("/([a-z0-9-]+)-\\d[^/]*\\.jar!").matcher(model.toString());
                if (!jar.find() || !extensions.contains(jar.group(1))) {
                    continue;
                }
                try (InputStream in = model.openStream()) {
                    collectProperties(json.readTree(in), jar.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectProperties(JsonNode node, String extension) {
        if (node.isObject() && node.path("path").path("property").isTextual()) {
            addKey(node.path("path").path("property").asText(), extension);
        }
        node.forEach(child -> collectProperties(child, extension));
    }

    private static Set<String> artifacts(String pom) {
        Set<String> artifacts = new LinkedHashSet<>();
        Matcher artifact = ARTIFACT.matcher(pom.substring(pom.indexOf("<dependencies>") < 0 ? 0 : pom.indexOf("<dependencies>")));
        while (artifact.find()) {
            artifacts.add(artifact.group(1));
        }
        return artifacts;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String withoutComments(String source) {
        // Line comments only where a line starts with one: "//" also occurs inside strings (URLs).
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", "");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
