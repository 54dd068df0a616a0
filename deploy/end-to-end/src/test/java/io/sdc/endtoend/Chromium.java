package io.sdc.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Chromium the browser tests drive: the machine's own (Debian's {@code chromium} package), never one downloaded
 * by Playwright, which machines without internet cannot do. Named by the system property {@code sdc.chromium} or the
 * variable {@code CHROMIUM}, else found as {@code chromium}, {@code chromium-browser} or {@code google-chrome}.
 */
final class Chromium {

    static final String PROPERTY = "sdc.chromium";
    static final String VARIABLE = "CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private Chromium() {
    }

    /** The browser's executable; fails (never skips) with what to install when the machine has none. */
    static Path executable() {
        List<String> looked = new ArrayList<>();
        for (String named : new String[] {System.getProperty(PROPERTY), System.getenv(VARIABLE)}) {
            if (named != null && !named.isBlank()) {
                Path path = Path.of(named);
                if (Files.isExecutable(path)) {
                    return path;
                }
                looked.add(named);
            }
        }
        Optional<Path> found = onThePath();
        if (found.isPresent()) {
            return found.get();
        }
        looked.addAll(NAMES);
        throw new IllegalStateException("The browser tests need Chromium and found none (looked for "
                + String.join(", ", looked) + " on the PATH " + System.getenv("PATH") + "). Install Debian's chromium "
                + "package: sudo apt-get update && sudo apt-get install -y chromium (.ci/run does this), or name a "
                + "Chromium with -D" + PROPERTY + "=/path/to/chromium or the environment variable " + VARIABLE + ".");
    }

    private static Optional<Path> onThePath() {
        List<String> directories = new ArrayList<>(List.of("/usr/bin", "/usr/local/bin", "/snap/bin"));
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(0, List.of(path.split(java.io.File.pathSeparator)));
        }
        for (String name : NAMES) {
            for (String directory : directories) {
                if (directory.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
