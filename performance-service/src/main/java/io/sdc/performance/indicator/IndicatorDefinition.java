package io.sdc.performance.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an indicator measures and how it is judged (its definition, polarity and minimum denominator) from a date on,
 * until a later one takes effect: periods ending before that date are judged by the definition then in force. Never
 * changed once recorded.
 */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_code", nullable = false, updatable = false)
    private PerformanceIndicator indicator;

    /** From when it is in force; none for the indicator's first definition, in force from the start. */
    @Column(name = "effective_from", updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, updatable = false)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Polarity polarity;

    @Column(name = "minimum_denominator", updatable = false)
    private Integer minimumDenominator;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected IndicatorDefinition() {
    }

    IndicatorDefinition(PerformanceIndicator indicator, LocalDate effectiveFrom, Terms terms, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.indicator = indicator;
        this.effectiveFrom = effectiveFrom;
        this.definition = terms.definition();
        this.polarity = terms.polarity();
        this.minimumDenominator = terms.minimumDenominator();
        this.recordedAt = recordedAt;
    }

    /** Whether it is in force on that date or was before it (it took effect on or before it). */
    boolean inForceBy(LocalDate date) {
        return effectiveFrom == null || !effectiveFrom.isAfter(date);
    }

    public Terms terms() {
        return new Terms(definition, polarity, minimumDenominator, effectiveFrom);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /**
     * How an indicator is judged: its definition, polarity and minimum denominator, in force from a date (none: from
     * the start).
     */
    public record Terms(String definition, Polarity polarity, Integer minimumDenominator, LocalDate effectiveFrom) {

        /** Whether the two judge alike: the same definition, polarity and minimum denominator. */
        public boolean judgesAs(Terms other) {
            return definition.equals(other.definition) && polarity == other.polarity
                    && java.util.Objects.equals(minimumDenominator, other.minimumDenominator);
        }
    }
}
