package io.sdc.finance.riskshare;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a year-end over- or underspend is split between the council and the trust: ordered bands, by amount or by
 * percentage of the budget, each with the trust's share (the council bears the rest), separately for overspend and
 * underspend; demand-led lines may be left out, being handled by contract variation instead.
 */
@Entity
@Table(name = "risk_share_mechanism")
@Audited
public class RiskShareMechanism {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false, updatable = false, unique = true)
    private UUID contractId;

    @Column(name = "exclude_demand_led", nullable = false)
    private boolean excludeDemandLed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "overspend_bands", nullable = false, columnDefinition = "jsonb")
    private List<Band> overspendBands = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "underspend_bands", nullable = false, columnDefinition = "jsonb")
    private List<Band> underspendBands = new ArrayList<>();

    @Version
    private long version;

    protected RiskShareMechanism() {
    }

    public RiskShareMechanism(UUID contractId, boolean excludeDemandLed, List<Band> overspendBands, List<Band> underspendBands) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        define(excludeDemandLed, overspendBands, underspendBands);
    }

    public void define(boolean excludeDemandLed, List<Band> overspendBands, List<Band> underspendBands) {
        check("overspend", overspendBands);
        check("underspend", underspendBands);
        this.excludeDemandLed = excludeDemandLed;
        this.overspendBands = new ArrayList<>(overspendBands);
        this.underspendBands = new ArrayList<>(underspendBands);
    }

    /** Bands are in order, each reaching further than the one before, and only the last may be unlimited. */
    private static void check(String which, List<Band> bands) {
        if (bands.isEmpty()) {
            throw ProblemException.invalid("The " + which + " bands are empty: give at least one");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.trustSharePercent().signum() < 0 || band.trustSharePercent().compareTo(HUNDRED) > 0) {
                throw ProblemException.invalid("The trust's share in " + which + " band " + (i + 1) + " must be from 0 to 100 per cent");
            }
            if (band.upTo() == null && i < bands.size() - 1) {
                throw ProblemException.invalid("Only the last " + which + " band may be unlimited");
            }
            if (i > 0 && band.basis() != bands.get(0).basis()) {
                throw ProblemException.invalid("The " + which + " bands must all be by amount or all by percentage of budget");
            }
            if (i > 0 && band.upTo() != null && band.upTo().compareTo(bands.get(i - 1).upTo()) <= 0) {
                throw ProblemException.invalid("The " + which + " bands must be in ascending order of their limits");
            }
        }
        if (bands.get(bands.size() - 1).upTo() != null) {
            throw ProblemException.invalid("The last " + which + " band must be unlimited, so that every pound falls in a band");
        }
    }

    /**
     * The outturn of a year after the risk share, worked out from the forecast of its latest return: the total
     * variance, the demand-led variance left out if this mechanism says so, and the rest shared band by band.
     */
    public OutturnCalculation apply(Forecast forecast) {
        Money total = forecast.totalVariance();
        Money excluded = excludeDemandLed ? forecast.demandLedVariance() : Money.ZERO;
        Money shared = total.minus(excluded);
        List<BandShare> bands = shared.isZero() ? List.of() : split(shared, forecast.totalBudget());
        Money trust = bands.stream().map(BandShare::trustAmount).reduce(Money.ZERO, Money::plus);
        Money council = bands.stream().map(BandShare::councilAmount).reduce(Money.ZERO, Money::plus);
        return new OutturnCalculation(forecast.budgetId(), forecast.financialYear(), forecast.period(), forecast.returnId(),
                forecast.totalBudget(), forecast.totalForecast(), total, excluded, shared, OutturnCalculation.Position.of(shared), bands,
                trust, council, shared.signum() > 0 ? trust.negate() : trust);
    }

    /**
     * Splits a variance band by band. Positive variance is an overspend, negative an underspend; amounts are rounded to
     * the penny in the trust's share and the council takes the rest, so the shares add up exactly.
     */
    public List<BandShare> split(Money variance, Money budget) {
        List<Band> bands = variance.signum() >= 0 ? overspendBands : underspendBands;
        Money remaining = variance.abs();
        Money lower = Money.ZERO;
        List<BandShare> shares = new ArrayList<>();
        for (Band band : bands) {
            if (remaining.isZero()) {
                break;
            }
            Money upper = band.upTo() == null ? null : limit(band, budget);
            Money width = upper == null ? remaining : upper.minus(lower).max(Money.ZERO);
            Money amount = remaining.min(width);
            Money trust = amount.times(band.trustSharePercent().divide(HUNDRED), RoundingMode.HALF_UP);
            shares.add(new BandShare(lower, upper, amount, band.trustSharePercent(), trust, amount.minus(trust)));
            remaining = remaining.minus(amount);
            if (upper != null) {
                lower = upper;
            }
        }
        return shares;
    }

    private static Money limit(Band band, Money budget) {
        return band.basis() == Basis.AMOUNT ? Money.of(band.upTo())
                : budget.times(band.upTo().divide(HUNDRED), RoundingMode.HALF_UP);
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public boolean excludeDemandLed() {
        return excludeDemandLed;
    }

    public List<Band> overspendBands() {
        return List.copyOf(overspendBands);
    }

    public List<Band> underspendBands() {
        return List.copyOf(underspendBands);
    }

    public long version() {
        return version;
    }

    public enum Basis {
        AMOUNT,
        PERCENT_OF_BUDGET
    }

    /** A band reaching up to an amount or a percentage of the budget (none: unlimited), with the trust's share in it. */
    public record Band(BigDecimal upTo, Basis basis, BigDecimal trustSharePercent) {
    }

    /**
     * One band of a calculation: where it runs from and to (no end: unlimited), the part of the variance in it, the
     * trust's share in per cent and how the part is shared. The share is written as text, as given ({@code "30"}).
     */
    @Schema(name = "OutturnBand")
    public record BandShare(Money from, @Schema(description = "Absent for the unlimited band") Money to, Money amount,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal trustSharePercent,
                            Money trustAmount, Money councilAmount) {

        public BandShare {
            trustSharePercent = trustSharePercent.scale() < 0 ? trustSharePercent.setScale(0) : trustSharePercent;
        }
    }
}
