package io.sdc.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The README's table of who may call what ("Who may do what"): one row per operation, a column per role, a tick
 * where the role may call it. The services must grant exactly that, so the table read here is the one people read.
 */
final class RoleMatrix {

    static final String HEADING = "## Who may do what";
    private static final String ALLOWED = "✓";

    private final Map<String, Set<String>> rolesByOperation;

    private RoleMatrix(Map<String, Set<String>> rolesByOperation) {
        this.rolesByOperation = rolesByOperation;
    }

    /** The roles the README lets call the operation, such as {@code GET /api/v1/contracts}; empty if it is not listed. */
    Optional<Set<String>> rolesFor(String method, String path) {
        return Optional.ofNullable(rolesByOperation.get(method.toUpperCase() + " " + path));
    }

    static RoleMatrix fromReadme() throws IOException {
        Path readme = findReadme();
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException(readme + " has no section '" + HEADING + "'");
        }
        Map<String, Set<String>> operations = new HashMap<>();
        List<String> roles = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("Operation")) {
                roles = cells.subList(1, cells.size());
            } else if (cells.get(0).startsWith("`")) {
                String operation = cells.get(0).replace("`", "").strip();
                Set<String> allowed = new LinkedHashSet<>();
                for (int i = 1; i < cells.size() && i <= roles.size(); i++) {
                    if (cells.get(i).equals(ALLOWED)) {
                        allowed.add(roles.get(i - 1));
                    }
                }
                operations.put(operation, allowed);
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("The section '" + HEADING + "' of " + readme + " lists no operation");
        }
        return new RoleMatrix(operations);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static Path findReadme() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path readme = directory.resolve("README.md");
            if (Files.isRegularFile(readme) && Files.exists(directory.resolve("mvnw"))) {
                return readme;
            }
        }
        throw new IllegalStateException("No README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }
}
