package io.sdc.report.assembly;

import io.sdc.report.rendering.ReportDocument;

import java.util.List;
import java.util.UUID;

/**
 * A report drafted now from the services' answers: its figures (the report's own record, serialised as its JSON), the
 * document every form renders, and which figures are not validated yet.
 */
public record AssembledReport(ReportKind kind, UUID contractId, String contractReference, String period, Object figures,
                              ReportDocument document, List<String> unvalidated) {

    public AssembledReport {
        unvalidated = List.copyOf(unvalidated);
    }

    public boolean allValidated() {
        return unvalidated.isEmpty();
    }
}
