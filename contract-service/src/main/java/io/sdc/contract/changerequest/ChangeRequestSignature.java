package io.sdc.contract.changerequest;

import io.sdc.contract.contract.ContractParty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One party's signature of a change request: who signed for it, under which platform role and in which position,
 * when, and what they said. Each party signs once; a signature is never changed once given.
 */
@Entity
@Table(name = "change_request_signature")
@Audited
public class ChangeRequestSignature {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id", nullable = false, updatable = false)
    private NotifiableChangeRequest changeRequest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContractParty party;

    @Column(name = "signed_by", nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(updatable = false)
    private String position;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(updatable = false)
    private String comment;

    @Column(name = "annual_review_id", updatable = false)
    private UUID annualReviewId;

    protected ChangeRequestSignature() {
    }

    ChangeRequestSignature(NotifiableChangeRequest changeRequest, Signing signing) {
        this.id = UUID.randomUUID();
        this.changeRequest = Objects.requireNonNull(changeRequest);
        this.party = Objects.requireNonNull(signing.party());
        this.name = Objects.requireNonNull(signing.name());
        this.role = Objects.requireNonNull(signing.role());
        this.position = signing.position();
        this.signedAt = Objects.requireNonNull(signing.signedAt());
        this.signedOn = Objects.requireNonNull(signing.signedOn());
        this.comment = signing.comment();
        this.annualReviewId = signing.annualReviewId();
    }

    public UUID id() {
        return id;
    }

    public ContractParty party() {
        return party;
    }

    /** Who signed: the principal of the token they signed with. */
    public String name() {
        return name;
    }

    /** The platform role they signed in, e.g. commissioner or trust-finance. */
    public String role() {
        return role;
    }

    /** Their position, if they gave it, e.g. Director of People. */
    public String position() {
        return position;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** The business date of the signature, e.g. the day of the annual review it was given at. */
    public LocalDate signedOn() {
        return signedOn;
    }

    public String comment() {
        return comment;
    }

    /** The annual contract review it was given at, if any. */
    public UUID annualReviewId() {
        return annualReviewId;
    }

    /** "name (position)" or the name alone. */
    String signatory() {
        return position == null ? name : name + " (" + position + ")";
    }

    /**
     * A signature to give: the party it is given for, the signatory's own identity (name and platform role, from
     * their token), their position, when, on which business date, what they say, and the annual review, if any.
     */
    public record Signing(ContractParty party, String name, String role, String position, Instant signedAt, LocalDate signedOn,
                          String comment, UUID annualReviewId) {
    }
}
