package io.sdc.performance.observation;

public enum ObservationStatus {
    PROVISIONAL,
    VALIDATED
}
