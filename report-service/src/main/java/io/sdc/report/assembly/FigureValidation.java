package io.sdc.report.assembly;

import io.sdc.report.rendering.ReportDocument.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Whether every figure of a report is validated by the council, and which are not (provisional or draft), each with
 * where it was read: what the report's first page names, and what issuing it must confirm.
 */
@Schema(name = "ReportValidation", description = "Whether every figure is validated, and what is provisional or draft")
public record FigureValidation(boolean allValidated, List<Unvalidated> unvalidated) {

    public FigureValidation {
        unvalidated = List.copyOf(unvalidated);
    }

    /** The validation of a report whose figures not validated are these (none: all validated). */
    public static FigureValidation of(List<Unvalidated> unvalidated) {
        return new FigureValidation(unvalidated.isEmpty(), unvalidated);
    }

    /** The texts of the figures not validated, as the report's first page lists them. */
    public List<String> texts() {
        return unvalidated.stream().map(Unvalidated::text).toList();
    }

    @Schema(name = "ReportUnvalidatedFigure")
    public record Unvalidated(@Schema(example = "Re-referrals within 12 months, 2015-Q3: provisional") String text, Source source) {
    }
}
