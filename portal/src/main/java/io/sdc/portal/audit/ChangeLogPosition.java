package io.sdc.portal.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Where a page of the change log starts: at the instant {@code after} (a change's own time, as a service gave it),
 * past the first {@code skip} changes made at exactly that instant, which the page before showed. Each service is
 * asked from that instant for no more than a page and the skipped changes, so a page reads a page from each service
 * however long the log is, and a change made meanwhile cannot shift the pages. {@code first} is the number of the
 * page's first change in the whole log, for its caption.
 *
 * @param after null for the first page
 */
record ChangeLogPosition(String after, int skip, int first) {

    /** Changes on one page. */
    static final int PAGE_SIZE = 50;
    /** The most a service gives in one answer. */
    private static final int MOST_ASKED = 200;

    /** The position the address names; an unreadable one is the first page. */
    static ChangeLogPosition of(String after, String skip, String first) {
        if (after == null || after.isBlank()) {
            return new ChangeLogPosition(null, 0, 1);
        }
        try {
            Instant.parse(after);
            int skipped = Math.max(0, Math.min(Integer.parseInt(skip == null ? "0" : skip), MOST_ASKED - PAGE_SIZE));
            int number = Math.max(1, Integer.parseInt(first == null ? "1" : first));
            return new ChangeLogPosition(after, skipped, number);
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return new ChangeLogPosition(null, 0, 1);
        }
    }

    /** The time the services are asked for changes from: this position's, or the start of the range asked for. */
    String from(String rangeStart) {
        return after == null ? rangeStart : after;
    }

    /** How many changes to ask each service for. */
    int asked() {
        return skip + PAGE_SIZE;
    }

    /** This page of the merged log (in time order, from this position's instant). */
    List<AuditRecords.LogEntry> page(List<AuditRecords.LogEntry> merged) {
        return merged.stream().skip(skip).limit(PAGE_SIZE).toList();
    }

    /** The position after this page. */
    ChangeLogPosition after(List<AuditRecords.LogEntry> page) {
        String last = page.get(page.size() - 1).changedAt();
        int atLast = (int) page.stream().filter(entry -> Instant.parse(entry.changedAt()).equals(Instant.parse(last))).count();
        boolean sameInstant = after != null && Instant.parse(after).equals(Instant.parse(last));
        return new ChangeLogPosition(last, sameInstant ? skip + atLast : atLast, first + page.size());
    }
}
