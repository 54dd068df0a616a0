package io.sdc.benchmark.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of a contract's shape (a dozen columns of text, dates and numbers, a version), as a plain Panache entity
 * with public fields, serialised as it is.
 */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false)
    public String title;

    @Column(name = "commissioner_name", nullable = false)
    public String commissionerName;

    @Column(name = "commissioner_identifier")
    public String commissionerIdentifier;

    @Column(name = "provider_name", nullable = false)
    public String providerName;

    @Column(name = "provider_identifier")
    public String providerIdentifier;

    @Column(name = "commencement_date", nullable = false)
    public LocalDate commencementDate;

    @Column(name = "expiry_date", nullable = false)
    public LocalDate expiryDate;

    @Column(name = "contract_year_start_month", nullable = false)
    public int contractYearStartMonth;

    @Column(name = "contract_year_start_day", nullable = false)
    public int contractYearStartDay;

    @Column(name = "financial_year_start_month", nullable = false)
    public int financialYearStartMonth;

    @Column(name = "financial_year_start_day", nullable = false)
    public int financialYearStartDay;

    @Column(nullable = false)
    public String status;

    @Version
    public long version;
}
