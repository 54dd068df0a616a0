package io.sdc.notification.reminder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/** A contract as the reminders know it from contract-service's events: its reference, its term and when its contract year starts. */
public record KnownContract(UUID id, String reference, LocalDate commencementDate, LocalDate expiryDate, MonthDay contractYearStart) {

    /** Whether the contract's term overlaps the days from {@code start} to {@code end}: something is due for them. */
    public boolean inForceDuring(LocalDate start, LocalDate end) {
        return !end.isBefore(commencementDate) && !start.isAfter(expiryDate);
    }

    /**
     * The contract year whose annual review is approaching on {@code today}: the year holding today, if it ends within
     * the contract's term and no more than {@code notice} after today.
     */
    public Optional<ContractYear> reviewApproaching(LocalDate today, Period notice) {
        ContractYear year = ContractYear.holding(today, contractYearStart);
        return year.end().isAfter(expiryDate) || year.end().minus(notice).isAfter(today) ? Optional.empty() : Optional.of(year);
    }
}
