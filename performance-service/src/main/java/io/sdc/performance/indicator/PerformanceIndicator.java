package io.sdc.performance.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.sdc.platform.problem.ProblemException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A performance indicator: what it measures and how, which way is better, and the smallest denominator below which
 * a value is too small a number to judge.
 */
@Entity
@Table(name = "performance_indicator")
@Audited
public class PerformanceIndicator {

    /** A value, given or computed, is kept as NUMERIC(12,2): at most 10 whole digits. */
    private static final int VALUE_INTEGER_DIGITS = 10;
    private static final BigDecimal LARGEST_VALUE = new BigDecimal("9999999999.99");
    /** How far a value given with its numerator and denominator may be from the value they give. */
    private static final BigDecimal VALUE_CHECK = new BigDecimal("0.05");

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "numerator_definition")
    private String numeratorDefinition;

    @Column(name = "denominator_definition")
    private String denominatorDefinition;

    @Column(name = "minimum_denominator")
    private Integer minimumDenominator;

    @Column(name = "data_source")
    private String dataSource;

    @Version
    private long version;

    /** Its definitions over time, oldest first: the first in force from the start, each later one from its date. */
    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    @NotAudited
    private List<IndicatorDefinition> definitions = new ArrayList<>();

    protected PerformanceIndicator() {
    }

    /** A new indicator; its code is upper-case words joined by hyphens, such as RE-REFERRALS. */
    public PerformanceIndicator(String code, Definition definition) {
        this(code, definition, null);
    }

    /** A new indicator, recorded at {@code at}: its first definition is in force from the start. */
    public PerformanceIndicator(String code, Definition definition, Instant at) {
        this.code = requireCode(code);
        define(definition);
        if (at != null) {
            definitions.add(new IndicatorDefinition(this, null, definition.terms(), at));
        }
    }

    /**
     * Redefines the indicator. A change to its definition, polarity or minimum denominator takes effect from a date,
     * after the latest one took effect; periods ending before that date keep being judged by the definition then in
     * force. Other changes (its name, unit, frequency, numerator and denominator wording, data source) need no date.
     */
    public void redefine(Definition definition, LocalDate effectiveFrom, Instant at) {
        IndicatorDefinition.Terms now = termsOn(LocalDate.MAX);
        if (!definition.terms().judgesAs(now)) {
            if (effectiveFrom == null) {
                throw ProblemException.invalid("A change to " + code + "'s definition, polarity or minimum denominator takes effect "
                        + "from a date: give effectiveFrom; periods ending before it keep the definition then in force");
            }
            if (now.effectiveFrom() != null && !effectiveFrom.isAfter(now.effectiveFrom())) {
                throw ProblemException.invalid(code + "'s latest definition takes effect on " + now.effectiveFrom()
                        + ": a later one must take effect after it, not on " + effectiveFrom);
            }
            if (definitions.isEmpty()) {
                definitions.add(new IndicatorDefinition(this, null, now, at));
            }
            definitions.add(new IndicatorDefinition(this, effectiveFrom, definition.terms(), at));
        }
        define(definition);
    }

    /** The definition, polarity and minimum denominator in force on a date: the latest to take effect by then. */
    public IndicatorDefinition.Terms termsOn(LocalDate date) {
        IndicatorDefinition.Terms inForce = null;
        for (IndicatorDefinition candidate : definitions) {
            if (candidate.inForceBy(date) && (inForce == null || inForce.effectiveFrom() == null
                    || (candidate.effectiveFrom() != null && !candidate.effectiveFrom().isBefore(inForce.effectiveFrom())))) {
                inForce = candidate.terms();
            }
        }
        return inForce != null ? inForce : new IndicatorDefinition.Terms(definition, polarity, minimumDenominator, null);
    }

    /** Its definitions over time, oldest first. */
    public List<IndicatorDefinition> definitions() {
        return List.copyOf(definitions);
    }

    public static String requireCode(String code) {
        if (!code.matches("[A-Z0-9]+(-[A-Z0-9]+)*") || code.length() > 60) {
            throw ProblemException.invalid("An indicator code is upper-case words joined by hyphens, such as RE-REFERRALS, not '" + code + "'");
        }
        return code;
    }

    /**
     * The value of a reading of this indicator. A percentage or a rate is computed from numerator and denominator (a
     * percentage's numerator at most its denominator), and a value given with them must agree to within 0.05; a
     * count or days is given as the value. A value, given or computed, has at most 10 whole digits.
     */
    public Reading read(Long numerator, Long denominator, BigDecimal value) {
        if (unit.computed()) {
            if (numerator == null || denominator == null) {
                return new Reading.Refused(null, code + " is a " + unit + ": give numerator and denominator");
            }
            if (unit == Unit.PERCENT && numerator > denominator) {
                return new Reading.Refused("numerator", "a percentage's numerator cannot exceed its denominator");
            }
            BigDecimal computed = unit.valueOf(numerator, denominator);
            if (computed.precision() - computed.scale() > VALUE_INTEGER_DIGITS) {
                return new Reading.Refused("numerator", "over the denominator " + denominator + " gives "
                        + computed.toPlainString() + " " + unit + ", more than an observation's value can be ("
                        + LARGEST_VALUE.toPlainString() + ")");
            }
            if (value != null && value.subtract(computed).abs().compareTo(VALUE_CHECK) > 0) {
                return new Reading.Refused("value", "is " + value + " but numerator and denominator give " + computed);
            }
            return new Reading.Accepted(computed);
        }
        if (value == null) {
            return new Reading.Refused("value", code + " is a " + unit + ": give the value");
        }
        return new Reading.Accepted(value);
    }

    private void define(Definition definition) {
        this.name = definition.name();
        this.definition = definition.definition();
        this.unit = definition.unit();
        this.polarity = definition.polarity();
        this.frequency = definition.frequency();
        this.numeratorDefinition = definition.numeratorDefinition();
        this.denominatorDefinition = definition.denominatorDefinition();
        this.minimumDenominator = definition.minimumDenominator();
        this.dataSource = definition.dataSource();
    }

    /** Whether the indicator is defined exactly so. */
    public boolean definedAs(Definition candidate) {
        return candidate.equals(new Definition(name, definition, unit, polarity, frequency, numeratorDefinition,
                denominatorDefinition, minimumDenominator, dataSource));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String definition() {
        return definition;
    }

    public Unit unit() {
        return unit;
    }

    public Polarity polarity() {
        return polarity;
    }

    public Frequency frequency() {
        return frequency;
    }

    public String numeratorDefinition() {
        return numeratorDefinition;
    }

    public String denominatorDefinition() {
        return denominatorDefinition;
    }

    public Integer minimumDenominator() {
        return minimumDenominator;
    }

    public String dataSource() {
        return dataSource;
    }

    public long version() {
        return version;
    }

    public record Definition(String name, String definition, Unit unit, Polarity polarity, Frequency frequency,
                             String numeratorDefinition, String denominatorDefinition, Integer minimumDenominator,
                             String dataSource) {

        /** How it judges: its definition, polarity and minimum denominator. */
        public IndicatorDefinition.Terms terms() {
            return new IndicatorDefinition.Terms(definition, polarity, minimumDenominator, null);
        }
    }
}
