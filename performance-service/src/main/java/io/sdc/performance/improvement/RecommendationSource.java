package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a recommendation comes from: its kind, its title and date, and for an Ofsted inspection the inspection recorded
 * in performance-service. Only an inspection's recommendation names an inspection; in a plan the council holds before
 * a trust exists none does (inspections are recorded with a contract).
 */
public record RecommendationSource(SourceKind kind, UUID inspectionId, String title, LocalDate date) {

    /**
     * Refuses a source without kind, title or date, dated after today, or naming an inspection where it is not one. In
     * a plan the council holds before a trust exists (no {@code inspectionsRecorded}), an Ofsted inspection's
     * recommendations name no inspection, none being recorded here.
     */
    public RecommendationSource requireValid(LocalDate today, boolean inspectionsRecorded) {
        if (kind == null || title == null || title.isBlank() || date == null) {
            throw ProblemException.invalid("A recommendation's source needs its kind, title and date");
        }
        if (date.isAfter(today)) {
            throw ProblemException.invalid("A recommendation's source cannot be dated in the future: " + date);
        }
        if (!inspectionsRecorded && inspectionId != null) {
            throw ProblemException.invalid("A plan the council holds before a trust exists names no inspection: inspections are recorded "
                    + "with a contract; give the inspection's title and date");
        }
        if (inspectionsRecorded && (kind == SourceKind.OFSTED_INSPECTION) != (inspectionId != null)) {
            throw ProblemException.invalid(kind == SourceKind.OFSTED_INSPECTION
                    ? "An Ofsted inspection's recommendation names the inspection recorded here (inspectionId)"
                    : "Only an Ofsted inspection's recommendation names an inspection; a " + kind + " does not");
        }
        return this;
    }
}
