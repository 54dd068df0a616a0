package io.sdc.performance.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

/**
 * performance-service's own copy of a Service Delivery Contract, kept from contract-service's events: what it
 * needs to judge the contract's performance (its term and the day its contract year starts).
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String title;

    @Column(name = "commencement_date", nullable = false)
    private LocalDate commencementDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "contract_year_start_month", nullable = false)
    private int contractYearStartMonth;

    @Column(name = "contract_year_start_day", nullable = false)
    private int contractYearStartDay;

    @Column(nullable = false)
    private String status;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    protected Contract() {
    }

    public Contract(UUID id) {
        this.id = id;
    }

    /** Takes the contract's state as an event of {@code asOf} reported it. */
    public void update(String reference, String title, LocalDate commencementDate, LocalDate expiryDate,
                       MonthDay contractYearStart, String status, Instant asOf) {
        this.reference = reference;
        this.title = title;
        this.commencementDate = commencementDate;
        this.expiryDate = expiryDate;
        this.contractYearStartMonth = contractYearStart.getMonthValue();
        this.contractYearStartDay = contractYearStart.getDayOfMonth();
        this.status = status;
        this.asOf = asOf;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public LocalDate commencementDate() {
        return commencementDate;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public MonthDay contractYearStart() {
        return MonthDay.of(contractYearStartMonth, contractYearStartDay);
    }

    public String status() {
        return status;
    }
}
