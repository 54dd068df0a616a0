package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a recommendation comes from: its kind, its title and date, and for an Ofsted inspection the inspection recorded
 * in performance-service. Only an inspection's recommendation names an inspection.
 */
public record RecommendationSource(SourceKind kind, UUID inspectionId, String title, LocalDate date) {

    /** Refuses a source without kind, title or date, dated after today, or naming an inspection where it is not one. */
    public RecommendationSource requireValid(LocalDate today) {
        if (kind == null || title == null || title.isBlank() || date == null) {
            throw ProblemException.invalid("A recommendation's source needs its kind, title and date");
        }
        if (date.isAfter(today)) {
            throw ProblemException.invalid("A recommendation's source cannot be dated in the future: " + date);
        }
        if ((kind == SourceKind.OFSTED_INSPECTION) != (inspectionId != null)) {
            throw ProblemException.invalid(kind == SourceKind.OFSTED_INSPECTION
                    ? "An Ofsted inspection's recommendation names the inspection recorded here (inspectionId)"
                    : "Only an Ofsted inspection's recommendation names an inspection; a " + kind + " does not");
        }
        return this;
    }
}
