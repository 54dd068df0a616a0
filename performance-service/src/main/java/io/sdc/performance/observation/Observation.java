package io.sdc.performance.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An indicator's value for a contract and a period, as the trust submitted it. A resubmission supersedes the
 * earlier observation, which stays in the history; only the newest is current.
 */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(updatable = false)
    private Long numerator;

    @Column(updatable = false)
    private Long denominator;

    @Column(nullable = false, updatable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ObservationStatus status;

    @Column(updatable = false)
    private String commentary;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected Observation() {
    }

    public Observation(UUID contractId, String indicatorCode, String period, Long numerator, Long denominator, BigDecimal value,
                       ObservationStatus status, String commentary, String submittedBy, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.indicatorCode = indicatorCode;
        this.period = period;
        this.numerator = numerator;
        this.denominator = denominator;
        this.value = value;
        this.status = status;
        this.commentary = commentary;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void supersede(Instant at) {
        this.supersededAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String period() {
        return period;
    }

    public Long numerator() {
        return numerator;
    }

    public Long denominator() {
        return denominator;
    }

    public BigDecimal value() {
        return value;
    }

    public ObservationStatus status() {
        return status;
    }

    public String commentary() {
        return commentary;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant supersededAt() {
        return supersededAt;
    }
}
