package io.sdc.finance.riskshare;

import io.sdc.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
     * Splits a variance band by band. Positive variance is an overspend, negative an underspend; amounts are rounded to
     * the penny in the trust's share and the council takes the rest, so the shares add up exactly.
     */
    public List<BandShare> split(BigDecimal variance, BigDecimal budget) {
        List<Band> bands = variance.signum() >= 0 ? overspendBands : underspendBands;
        BigDecimal remaining = variance.abs();
        BigDecimal lower = BigDecimal.ZERO.setScale(2);
        List<BandShare> shares = new ArrayList<>();
        for (Band band : bands) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal upper = band.upTo() == null ? null : limit(band, budget);
            BigDecimal width = upper == null ? remaining : upper.subtract(lower).max(BigDecimal.ZERO);
            BigDecimal amount = remaining.min(width);
            BigDecimal trust = amount.multiply(band.trustSharePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            shares.add(new BandShare(lower, upper, amount, band.trustSharePercent(), trust, amount.subtract(trust)));
            remaining = remaining.subtract(amount);
            if (upper != null) {
                lower = upper;
            }
        }
        return shares;
    }

    private static BigDecimal limit(Band band, BigDecimal budget) {
        return band.basis() == Basis.AMOUNT ? band.upTo().setScale(2)
                : budget.multiply(band.upTo()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
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

    /** One band of a calculation: the part of the variance in it and how it is shared. */
    public record BandShare(BigDecimal from, BigDecimal to, BigDecimal amount, BigDecimal trustSharePercent, BigDecimal trustAmount,
                            BigDecimal councilAmount) {
    }
}
