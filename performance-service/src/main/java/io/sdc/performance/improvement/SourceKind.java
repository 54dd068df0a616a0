package io.sdc.performance.improvement;

/** Where a recommendation comes from. */
public enum SourceKind {
    /** An Ofsted inspection recorded in performance-service (linked by its id). */
    OFSTED_INSPECTION,
    MONITORING_VISIT,
    DFE_REVIEW,
    PEER_REVIEW,
    COMMISSIONED_REPORT
}
