package io.sdc.finance.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

/** finance-service's own copy of a contract, kept from contract-service's events: its term and financial year. */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String reference;

    @Column(name = "commencement_date", nullable = false)
    private LocalDate commencementDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "financial_year_start_month", nullable = false)
    private int financialYearStartMonth;

    @Column(name = "financial_year_start_day", nullable = false)
    private int financialYearStartDay;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    protected Contract() {
    }

    public Contract(UUID id) {
        this.id = id;
    }

    public void update(String reference, LocalDate commencementDate, LocalDate expiryDate, MonthDay financialYearStart, Instant asOf) {
        this.reference = reference;
        this.commencementDate = commencementDate;
        this.expiryDate = expiryDate;
        this.financialYearStartMonth = financialYearStart.getMonthValue();
        this.financialYearStartDay = financialYearStart.getDayOfMonth();
        this.asOf = asOf;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public LocalDate commencementDate() {
        return commencementDate;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public MonthDay financialYearStart() {
        return MonthDay.of(financialYearStartMonth, financialYearStartDay);
    }
}
