package io.sdc.portal.web;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

import java.util.Arrays;
import java.util.List;

/**
 * The column headings of a design system table as the table tag takes them: {@code heads="Line|Budget:numeric"},
 * the headings separated by {@code |}, a column holding figures marked {@code :numeric} (right-aligned, as the
 * design system's numeric columns are).
 */
@TemplateExtension(namespace = "table")
public final class TableColumns {

    private static final String NUMERIC = ":numeric";

    private TableColumns() {
    }

    /** One column heading, and whether the column holds figures. */
    @TemplateData
    public record Column(String heading, boolean numeric) {
    }

    public static List<Column> columns(String heads) {
        if (heads == null || heads.isBlank()) {
            return List.of();
        }
        return Arrays.stream(heads.split("\\|")).map(String::strip)
                .map(head -> head.endsWith(NUMERIC)
                        ? new Column(head.substring(0, head.length() - NUMERIC.length()), true)
                        : new Column(head, false))
                .toList();
    }
}
