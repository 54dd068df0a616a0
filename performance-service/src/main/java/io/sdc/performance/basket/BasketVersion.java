package io.sdc.performance.basket;

import io.sdc.platform.lifecycle.Lifecycle;
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
 * activation on: the version keeps its lifecycle ({@link BasketStatus#next()}) and the dates, and the database refuses
 * two versions of a contract in force on one date.
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

    /**
     * A contract's next draft, unless it has a version in preparation already: a contract has one DRAFT or PROPOSED
     * version at a time (a database constraint holds it for two drafts at the same moment too).
     */
    public static BasketVersion draft(UUID contractId, int number, Optional<BasketVersion> inPreparation,
                                      Optional<BasketVersion> inForce) {
        inPreparation.ifPresent(open -> {
            throw ProblemException.conflict("Basket version " + open.number() + " (" + open.id() + ") is " + open.status()
                    + " for this contract: a contract has one basket version in preparation at a time; change that one"
                    + (open.status() == BasketStatus.PROPOSED ? " once its change request is decided" : ""));
        });
        return new BasketVersion(UUID.randomUUID(), contractId, number, inForce);
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

    /** Whether this change request is the one proposing the version. */
    public boolean proposedBy(UUID changeRequestId) {
        return status == BasketStatus.PROPOSED && changeRequestId.equals(this.changeRequestId);
    }

    /** Whether the change request may propose the version: a draft, or the version it proposes already. */
    public boolean proposableBy(UUID changeRequestId) {
        return status == BasketStatus.DRAFT || proposedBy(changeRequestId);
    }

    /** A notifiable change request proposes this draft; proposing it again by the same change request changes nothing. */
    public void propose(UUID changeRequestId) {
        if (proposedBy(changeRequestId)) {
            return;
        }
        move(BasketStatus.PROPOSED, "Basket version " + number + " is " + status + ": only a DRAFT can change");
        this.changeRequestId = changeRequestId;
    }

    /** The proposing change request was rejected or withdrawn: the version is a draft again. */
    public void returnToDraft() {
        if (status == BasketStatus.PROPOSED) {
            move(BasketStatus.DRAFT, "Basket version " + number + " is " + status + " and cannot be a draft again");
            this.changeRequestId = null;
        }
    }

    /**
     * Puts a contract's first basket in force, from a date on or after the contract commenced; a revised basket takes
     * effect only through an approved change request, so none may be in force already.
     */
    public void activateFirst(LocalDate effectiveFrom, Optional<BasketVersion> inForce, LocalDate commencement) {
        inForce.ifPresent(active -> {
            throw ProblemException.conflict("Basket version " + active.number() + " is in force: a revised basket takes effect "
                    + "through an approved PI basket revision change request");
        });
        if (effectiveFrom.isBefore(commencement)) {
            throw ProblemException.invalid("The basket cannot take effect before the contract commenced, " + commencement);
        }
        activateFrom(effectiveFrom);
    }

    /**
     * Why the approved change request cannot put this version in force from its effective date, superseding the
     * version in force, in words a commissioner can act on; none if it can, or if it did already.
     */
    public Optional<String> refusalOfChange(UUID contractId, UUID changeRequestId, LocalDate effectiveDate,
                                            Optional<BasketVersion> inForce) {
        if (!this.contractId.equals(contractId)) {
            return Optional.of("PI basket version " + id + " belongs to another contract in performance-service: "
                    + "raise a change request naming a basket version of this contract");
        }
        if (activeFrom(effectiveDate)) {
            return Optional.empty();
        }
        String version = "PI basket version " + number + " (" + id + ")";
        if (!status.inPreparation()) {
            return Optional.of(version + " is already " + status + (status == BasketStatus.ACTIVE
                    ? " from " + effectiveFrom : "") + ": draft a new version and raise a change request naming it");
        }
        if (status == BasketStatus.PROPOSED && !changeRequestId.equals(this.changeRequestId)) {
            return Optional.of(version + " is proposed by another change request (" + this.changeRequestId
                    + "): decide that one, or draft a new version for this change");
        }
        if (entries.isEmpty()) {
            return Optional.of(version + " has no indicators: add them and raise a change request naming it");
        }
        return inForce.filter(previous -> !effectiveDate.isAfter(previous.effectiveFrom()))
                .map(previous -> "The revised basket must take effect after " + previous.effectiveFrom() + ", when PI basket version "
                        + previous.number() + " took effect, not on " + effectiveDate + ": raise a change request with a later effective date");
    }

    /** Whether the version is in force from that date on: an approval delivered again finds it so. */
    public boolean activeFrom(LocalDate date) {
        return status == BasketStatus.ACTIVE && date.equals(effectiveFrom);
    }

    /**
     * The approved change request puts this version in force from its effective date. The version in force before it
     * is superseded from that date first ({@link #supersedeFrom}), so that one version is in force on any date.
     */
    public void activateByChange(UUID changeRequestId, LocalDate effectiveDate) {
        propose(changeRequestId);
        activateFrom(effectiveDate);
    }

    private void activateFrom(LocalDate date) {
        requireAllowed(BasketStatus.ACTIVE, "Basket version " + number + " is " + status + " and cannot be activated");
        if (entries.isEmpty()) {
            throw ProblemException.conflict("Basket version " + number + " has no indicators");
        }
        this.status = BasketStatus.ACTIVE;
        this.effectiveFrom = date;
    }

    /** A later version is in force from that date, after this one took effect. */
    public void supersedeFrom(LocalDate date) {
        requireAllowed(BasketStatus.SUPERSEDED, "Basket version " + number + " is " + status + ", not ACTIVE");
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

    /** Refuses a step the lifecycle does not allow from here, naming the ones it does. */
    private void requireAllowed(BasketStatus target, String refusal) {
        Lifecycle.requireStep(status, target, status.next(), () -> refusal);
    }

    private void move(BasketStatus target, String refusal) {
        requireAllowed(target, refusal);
        this.status = target;
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
