package io.sdc.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the local stack runs a service's JVM: the options of {@code service-jvm.options} (one place for all five
 * services, also read by {@code deploy/benchmark/service-start.sh}), and the application class-data sharing archive
 * the build leaves beside the jar ({@code app-cds.jsa}) when there is one.
 * <p>
 * The command is meant to run in the service's {@code target/quarkus-app} directory: the archive records the jar
 * paths it was made with, relative to that directory, and the JVM only uses it when they match.
 */
public final class ServiceJvm {

    /** The AppCDS archive Quarkus writes beside {@code quarkus-run.jar} when the build enables it. */
    public static final String CDS_ARCHIVE = "app-cds.jsa";

    private static final String OPTIONS = "service-jvm.options";

    private ServiceJvm() {
    }

    /** The options every service's JVM is started with, as listed in {@code service-jvm.options}. */
    public static List<String> options() {
        try (InputStream in = ServiceJvm.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS + " is missing from the launcher");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One option a line; blank lines and anything after a {@code #} are left out. */
    static List<String> parse(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int comment = line.indexOf('#');
            String option = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    /**
     * The command that starts a packaged service, to be run with {@code quarkusApp} (its {@code target/quarkus-app})
     * as the working directory: the JVM, {@link #options()}, the class-data sharing archive if the build made one,
     * and {@code -jar quarkus-run.jar}.
     */
    public static List<String> command(Path quarkusApp) {
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable());
        command.addAll(options());
        if (Files.isRegularFile(quarkusApp.resolve(CDS_ARCHIVE))) {
            command.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
        }
        command.add("-jar");
        command.add("quarkus-run.jar");
        return List.copyOf(command);
    }
}
