package io.sdc.performance.improvement;

import java.time.LocalDate;
import java.util.UUID;

/** A review whose findings evidence a recommendation: which, when it was held, and whether one of them raised it. */
public record ReviewReference(UUID id, SourceKind kind, String title, LocalDate heldOn, boolean raised) {
}
