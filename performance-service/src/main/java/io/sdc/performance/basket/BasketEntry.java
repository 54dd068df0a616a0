package io.sdc.performance.basket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One indicator in a basket version: its contract baseline, target performance level, tolerance and comparators. */
@Entity
@Table(name = "basket_entry")
@Audited
public class BasketEntry {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "basket_version_id", nullable = false, updatable = false)
    private BasketVersion basket;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(nullable = false)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(name = "tolerance_kind", nullable = false)
    private ToleranceKind toleranceKind;

    @Column(nullable = false)
    private BigDecimal tolerance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Comparator> comparators = new ArrayList<>();

    protected BasketEntry() {
    }

    BasketEntry(BasketVersion basket, String indicatorCode, Terms terms) {
        this.id = UUID.randomUUID();
        this.basket = basket;
        this.indicatorCode = indicatorCode;
        set(terms);
    }

    void set(Terms terms) {
        this.baselineValue = terms.baselineValue();
        this.baselineDate = terms.baselineDate();
        this.target = terms.target();
        this.toleranceKind = terms.toleranceKind();
        this.tolerance = terms.tolerance();
        this.comparators = new ArrayList<>(terms.comparators());
    }

    Terms terms() {
        return new Terms(baselineValue, baselineDate, target, toleranceKind, tolerance, List.copyOf(comparators));
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public BigDecimal baselineValue() {
        return baselineValue;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public BigDecimal target() {
        return target;
    }

    public ToleranceKind toleranceKind() {
        return toleranceKind;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public List<Comparator> comparators() {
        return List.copyOf(comparators);
    }

    /** What the basket says of the indicator. */
    public record Terms(BigDecimal baselineValue, LocalDate baselineDate, BigDecimal target, ToleranceKind toleranceKind,
                        BigDecimal tolerance, List<Comparator> comparators) {
    }
}
