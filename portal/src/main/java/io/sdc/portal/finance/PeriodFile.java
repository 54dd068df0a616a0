package io.sdc.portal.finance;

import io.sdc.portal.api.Problem;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A file sent for a period (a monitoring return or a ledger export) as posted: the period and the reason for a
 * correction as typed, and what the form still asks for before the file is sent (none when nothing is missing).
 *
 * @param asked the missing period, the missing, empty or wrong kind of file beside their fields; null when complete
 */
record PeriodFile(String period, String reason, FileFaults asked) {

    /**
     * The form as posted: {@code select} asks for a file when none was chosen, {@code wrongType} refuses one that
     * {@code accepted} does not take.
     */
    static PeriodFile typed(String period, String reason, FileUpload file, String select, Predicate<FileUpload> accepted,
                            String wrongType) {
        String typedPeriod = period == null ? "" : period.strip();
        List<Problem.Violation> missing = FileFaults.missing(typedPeriod, file, select, accepted, wrongType);
        return new PeriodFile(typedPeriod, reason == null ? "" : reason.strip(),
                missing.isEmpty() ? null : FileFaults.asked(missing, Map.of("period", "period", "file", "file"), "period"));
    }

    /** Whether the form has all it needs to send the file. */
    boolean complete() {
        return asked == null;
    }
}
