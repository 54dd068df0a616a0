package io.sdc.performance.basket;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A version of the PI basket a contract is judged on. A draft starts as a copy of the version in force; it is
 * proposed by a notifiable change request and becomes active from that change's effective date when it is approved,
 * superseding the version before it from that date. Exactly one version is in force on any date from the first
 * activation on.
 */
@Entity
@Table(name = "basket_version")
@Audited
public class BasketVersion {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BasketStatus status;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "superseded_from")
    private LocalDate supersededFrom;

    @Column(name = "change_request_id")
    private UUID changeRequestId;

    /**
     * When an entry was last put or taken out. An entry is part of its version: changing one changes this, so the
     * version's {@code @Version} moves on (a writer holding the older ETag is refused) and the audit history keeps a
     * revision of the version, with its entries as they stood, for every edit.
     */
    @Column(name = "entries_changed_at")
    private Instant entriesChangedAt;

    @OneToMany(mappedBy = "basket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("indicatorCode")
    private List<BasketEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected BasketVersion() {
    }

    /** A new draft, copying the entries of the version in force, if there is one. */
    public BasketVersion(UUID id, UUID contractId, int number, Optional<BasketVersion> inForce) {
        this.id = id;
        this.contractId = contractId;
        this.number = number;
        this.status = BasketStatus.DRAFT;
        inForce.ifPresent(current -> current.entries.forEach(entry ->
                entries.add(new BasketEntry(this, entry.indicatorCode(), entry.terms()))));
    }

    public void putEntry(String indicatorCode, BasketEntry.Terms terms, Instant at) {
        requireDraft();
        entry(indicatorCode).ifPresentOrElse(entry -> entry.set(terms),
                () -> entries.add(new BasketEntry(this, indicatorCode, terms)));
        entriesChanged(at);
    }

    public void removeEntry(String indicatorCode, Instant at) {
        requireDraft();
        if (!entries.removeIf(entry -> entry.indicatorCode().equals(indicatorCode))) {
            throw ProblemException.notFound("indicator in basket version " + number, indicatorCode);
        }
        entriesChanged(at);
    }

    /** Always a new value, even for two edits within the clock's resolution, so that every edit is a change. */
    private void entriesChanged(Instant at) {
        Instant changed = at.truncatedTo(ChronoUnit.MICROS);
        if (entriesChangedAt != null && !changed.isAfter(entriesChangedAt)) {
            changed = entriesChangedAt.plus(1, ChronoUnit.MICROS);
        }
        this.entriesChangedAt = changed;
    }

    /** A notifiable change request proposes this draft. */
    public void propose(UUID changeRequestId) {
        if (status == BasketStatus.PROPOSED && changeRequestId.equals(this.changeRequestId)) {
            return;
        }
        requireDraft();
        this.status = BasketStatus.PROPOSED;
        this.changeRequestId = changeRequestId;
    }

    /** The proposing change request was rejected or withdrawn: the version is a draft again. */
    public void returnToDraft() {
        if (status == BasketStatus.PROPOSED) {
            this.status = BasketStatus.DRAFT;
            this.changeRequestId = null;
        }
    }

    public void activateFrom(LocalDate date) {
        if (status != BasketStatus.DRAFT && status != BasketStatus.PROPOSED) {
            throw ProblemException.conflict("Basket version " + number + " is " + status + " and cannot be activated");
        }
        if (entries.isEmpty()) {
            throw ProblemException.conflict("Basket version " + number + " has no indicators");
        }
        this.status = BasketStatus.ACTIVE;
        this.effectiveFrom = date;
    }

    public void supersedeFrom(LocalDate date) {
        if (status != BasketStatus.ACTIVE) {
            throw ProblemException.conflict("Basket version " + number + " is " + status + ", not ACTIVE");
        }
        if (!date.isAfter(effectiveFrom)) {
            throw ProblemException.conflict("A new basket must take effect after " + effectiveFrom
                    + ", when version " + number + " took effect; not on " + date);
        }
        this.status = BasketStatus.SUPERSEDED;
        this.supersededFrom = date;
    }

    public boolean inForceOn(LocalDate date) {
        return effectiveFrom != null && !date.isBefore(effectiveFrom) && (supersededFrom == null || date.isBefore(supersededFrom));
    }

    private void requireDraft() {
        if (status != BasketStatus.DRAFT) {
            throw ProblemException.conflict("Basket version " + number + " is " + status + ": only a DRAFT can change");
        }
    }

    public Optional<BasketEntry> entry(String indicatorCode) {
        return entries.stream().filter(entry -> entry.indicatorCode().equals(indicatorCode)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public int number() {
        return number;
    }

    public BasketStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate supersededFrom() {
        return supersededFrom;
    }

    public UUID changeRequestId() {
        return changeRequestId;
    }

    public List<BasketEntry> entries() {
        return List.copyOf(entries);
    }

    public Instant entriesChangedAt() {
        return entriesChangedAt;
    }

    public long version() {
        return version;
    }
}
