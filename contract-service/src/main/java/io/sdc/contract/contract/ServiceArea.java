package io.sdc.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A service area in the contract's scope (referral and response, child protection, fostering, ...) and the
 * period it is in scope: from a date, and to a date once it has been transferred out.
 */
@Entity
@Table(name = "service_area")
@Audited
public class ServiceArea {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "in_scope_from", nullable = false)
    private LocalDate inScopeFrom;

    @Column(name = "in_scope_to")
    private LocalDate inScopeTo;

    protected ServiceArea() {
    }

    ServiceArea(UUID id, Contract contract, String code, String name, LocalDate inScopeFrom, LocalDate inScopeTo) {
        this.id = id;
        this.contract = contract;
        this.code = code;
        this.name = name;
        this.inScopeFrom = inScopeFrom;
        this.inScopeTo = inScopeTo;
    }

    void correct(String name, LocalDate inScopeFrom, LocalDate inScopeTo) {
        this.name = name;
        this.inScopeFrom = inScopeFrom;
        this.inScopeTo = inScopeTo;
    }

    void endOn(LocalDate lastDay) {
        this.inScopeTo = lastDay;
    }

    public boolean inScopeOn(LocalDate date) {
        return !date.isBefore(inScopeFrom) && (inScopeTo == null || !date.isAfter(inScopeTo));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !inScopeFrom.isAfter(to);
        boolean endsAfterOtherStarts = inScopeTo == null || !inScopeTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contract.id();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocalDate inScopeFrom() {
        return inScopeFrom;
    }

    public LocalDate inScopeTo() {
        return inScopeTo;
    }
}
