package io.sdc.contract.contract;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.UUID;

/**
 * A Service Delivery Contract between a commissioner (the council) and a provider (the trust). It runs from its
 * commencement date to its expiry date; its contract year (the seed's runs 1 October to 30 September) and the
 * financial year (1 April to 31 March) each start on their own day of the year.
 */
@Entity
@Table(name = "contract")
@Audited
public class Contract {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(nullable = false)
    private String title;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "commissioner_name", nullable = false))
    @AttributeOverride(name = "identifier", column = @Column(name = "commissioner_identifier"))
    private Party commissioner;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "provider_name", nullable = false))
    @AttributeOverride(name = "identifier", column = @Column(name = "provider_identifier"))
    private Party provider;

    @Column(name = "commencement_date", nullable = false)
    private LocalDate commencementDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "contract_year_start_month", nullable = false)
    private int contractYearStartMonth;

    @Column(name = "contract_year_start_day", nullable = false)
    private int contractYearStartDay;

    @Column(name = "financial_year_start_month", nullable = false)
    private int financialYearStartMonth;

    @Column(name = "financial_year_start_day", nullable = false)
    private int financialYearStartDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Version
    private long version;

    protected Contract() {
    }

    public Contract(UUID id, Terms terms) {
        this.id = Objects.requireNonNull(id);
        this.status = ContractStatus.DRAFT;
        apply(terms);
    }

    /** Replaces the contract's terms; the dates must still make a contract. */
    public void revise(Terms terms) {
        apply(terms);
    }

    private void apply(Terms terms) {
        if (!terms.expiryDate().isAfter(terms.commencementDate())) {
            throw ProblemException.invalid("The expiry date " + terms.expiryDate()
                    + " must be after the commencement date " + terms.commencementDate());
        }
        this.reference = terms.reference();
        this.title = terms.title();
        this.commissioner = terms.commissioner();
        this.provider = terms.provider();
        this.commencementDate = terms.commencementDate();
        this.expiryDate = terms.expiryDate();
        this.contractYearStartMonth = terms.contractYearStart().getMonthValue();
        this.contractYearStartDay = terms.contractYearStart().getDayOfMonth();
        this.financialYearStartMonth = terms.financialYearStart().getMonthValue();
        this.financialYearStartDay = terms.financialYearStart().getDayOfMonth();
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

    public Party commissioner() {
        return commissioner;
    }

    public Party provider() {
        return provider;
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

    public MonthDay financialYearStart() {
        return MonthDay.of(financialYearStartMonth, financialYearStartDay);
    }

    public ContractStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** What the parties agreed: everything about the contract but its identity, status and version. */
    public record Terms(
            String reference,
            String title,
            Party commissioner,
            Party provider,
            LocalDate commencementDate,
            LocalDate expiryDate,
            MonthDay contractYearStart,
            MonthDay financialYearStart) {
    }
}
