package io.sdc.performance.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A performance indicator: what it measures and how, which way is better, and the smallest denominator below which
 * a value is too small a number to judge.
 */
@Entity
@Table(name = "performance_indicator")
@Audited
public class PerformanceIndicator {

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

    protected PerformanceIndicator() {
    }

    public PerformanceIndicator(String code, Definition definition) {
        this.code = code;
        define(definition);
    }

    public void define(Definition definition) {
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
    }
}
