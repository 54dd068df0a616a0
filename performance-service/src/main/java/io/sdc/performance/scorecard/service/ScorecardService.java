package io.sdc.performance.scorecard.service;

import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.repository.BasketRepository;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.IndicatorDefinition;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.Polarity;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.performance.basket.Direction;
import io.sdc.performance.basket.Judgement;
import io.sdc.performance.basket.Rag;
import io.sdc.performance.scorecard.FigureValidation;
import io.sdc.performance.scorecard.Scorecard;
import io.sdc.performance.scorecard.YearSummary;
import io.sdc.performance.contract.Contract;
import io.sdc.platform.lifecycle.SubmissionStatus;
import java.time.LocalDate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds a contract's scorecard for a period with a fixed number of queries whatever the basket's size: the basket
 * in force with its entries, their indicators, and the observations of the period and the one before. Scorecards and
 * year summaries once built are kept under the generation of their inputs read before building ({@link Generations}),
 * and answered again while it has not moved on: a read costs one small query unless something it is built from changed.
 */
@ApplicationScoped
public class ScorecardService {

    private record ScorecardKey(UUID contract, String period, boolean validatedOnly) {
    }

    private record YearSummaryKey(UUID contract, String contractYear, boolean validatedOnly) {
    }

    @Inject
    ContractRepository contracts;

    @Inject
    BasketRepository baskets;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ObservationRepository observations;

    @Inject
    Generations generations;

    @Inject
    ScorecardsConfig config;

    @Inject
    MeterRegistry meters;

    private BuiltAtGeneration<ScorecardKey, Scorecard> builtScorecards;

    private BuiltAtGeneration<YearSummaryKey, YearSummary> builtYearSummaries;

    @PostConstruct
    void keepBuilt() {
        builtScorecards = new BuiltAtGeneration<>(config.cacheSize());
        builtYearSummaries = new BuiltAtGeneration<>(config.cacheSize());
        CaffeineCacheMetrics.monitor(meters, builtScorecards.cache(), "scorecards");
        CaffeineCacheMetrics.monitor(meters, builtYearSummaries.cache(), "performance-summaries");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard scorecard(UUID contractId, ReportingPeriod period, boolean validatedOnly) {
        return kept(builtScorecards, new ScorecardKey(contractId, period.label(), validatedOnly), contractId,
                () -> buildScorecard(contractId, period, validatedOnly));
    }

    private Scorecard buildScorecard(UUID contractId, ReportingPeriod period, boolean validatedOnly) {
        contracts.require(contractId);
        BasketVersion basket = baskets.inForceOn(contractId, period.end()).orElseThrow(() -> ProblemException.notFound(
                "PI basket in force on " + period.end() + " for contract", contractId));
        List<BasketEntry> entries = basket.entries();
        Map<String, PerformanceIndicator> definitions = indicators.byCodes(entries.stream().map(BasketEntry::indicatorCode).toList())
                .stream().collect(Collectors.toMap(PerformanceIndicator::code, Function.identity()));
        ReportingPeriod previous = period.previous();
        List<String> periods = List.of(period.label(), previous.label());
        List<Observation> both = validatedOnly ? figuresOfRecord(observations.validated(contractId, periods))
                : observations.current(contractId, periods);
        Map<String, Observation> now = byIndicator(both, period);
        Map<String, Observation> before = byIndicator(both, previous);

        List<Scorecard.Line> lines = entries.stream()
                .map(entry -> {
                    PerformanceIndicator indicator = definitions.get(entry.indicatorCode());
                    return line(entry, indicator, indicator.termsOn(period.end()), indicator.termsOn(previous.end()),
                            now.get(entry.indicatorCode()), before.get(entry.indicatorCode()));
                })
                .toList();
        Map<Rag, Long> summary = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            summary.put(rag, lines.stream().filter(line -> line.rag() == rag).count());
        }
        return new Scorecard(contractId, validatedOnly, period.label(), period.start(), period.end(), previous.label(), basket.id(),
                basket.number(), summary, lines);
    }

    /**
     * The contract year's summary: for each indicator of the basket in force at the year's end, its latest value in the
     * year against the baseline. A fixed number of queries, whatever the basket's size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public YearSummary yearSummary(UUID contractId, String contractYear, boolean validatedOnly) {
        return kept(builtYearSummaries, new YearSummaryKey(contractId, contractYear, validatedOnly), contractId,
                () -> buildYearSummary(contractId, contractYear, validatedOnly));
    }

    /**
     * What was built for the key at the contract's generation, or built now and kept. Within a transaction it is built
     * afresh and not kept: it may see the transaction's own writes, which move the generation only when (and if) they
     * commit.
     */
    private <K, V> V kept(BuiltAtGeneration<K, V> built, K key, UUID contractId, Supplier<V> build) {
        if (QuarkusTransaction.isActive()) {
            return build.get();
        }
        return built.get(key, generations.of(contractId), build);
    }

    private YearSummary buildYearSummary(UUID contractId, String contractYear, boolean validatedOnly) {
        Contract contract = contracts.require(contractId);
        if (contractYear == null || !contractYear.matches("\\d{4}/\\d{2}")) {
            throw ProblemException.invalid("contractYear must be a year such as 2014/15, not '" + contractYear + "'");
        }
        LocalDate start = contract.contractYearStart().atYear(Integer.parseInt(contractYear.substring(0, 4)));
        LocalDate end = start.plusYears(1).minusDays(1);
        BasketVersion basket = baskets.inForceOn(contractId, end).orElseThrow(() -> ProblemException.notFound(
                "PI basket in force on " + end + " for contract", contractId));
        Map<String, PerformanceIndicator> definitions = indicators.byCodes(basket.entries().stream().map(BasketEntry::indicatorCode).toList())
                .stream().collect(Collectors.toMap(PerformanceIndicator::code, Function.identity()));
        Map<String, Observation> latest = new java.util.HashMap<>();
        List<Observation> figures = validatedOnly ? figuresOfRecord(observations.validated(contractId))
                : observations.currentOf(contractId, Optional.empty(), Optional.empty(), Optional.empty());
        for (Observation observation : figures) {
            ReportingPeriod period = ReportingPeriod.parse(observation.period());
            if (period.end().isBefore(start) || period.end().isAfter(end)) {
                continue;
            }
            latest.merge(observation.indicatorCode(), observation, (kept, candidate) ->
                    ReportingPeriod.parse(candidate.period()).end().isAfter(ReportingPeriod.parse(kept.period()).end()) ? candidate : kept);
        }
        List<YearSummary.Line> lines = basket.entries().stream().map(entry -> {
            PerformanceIndicator indicator = definitions.get(entry.indicatorCode());
            Observation observation = latest.get(entry.indicatorCode());
            IndicatorDefinition.Terms terms = indicator.termsOn(observation == null ? end : ReportingPeriod.parse(observation.period()).end());
            Scorecard.Line judged = line(entry, indicator, terms, terms, observation, null);
            return new YearSummary.Line(entry.indicatorCode(), indicator.name(), observation == null ? null : observation.period(),
                    judged.value(), judged.validation(), entry.baselineValue(), judged.directionSinceBaseline(), judged.rag());
        }).toList();
        Map<Direction, Long> directions = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            directions.put(direction, lines.stream().filter(line -> line.sinceBaseline() == direction).count());
        }
        long comparable = lines.size() - directions.get(Direction.NOT_COMPARABLE);
        return new YearSummary(contractId, contractYear, validatedOnly, start, end, basket.number(), directions,
                directions.get(Direction.IMPROVING) + directions.get(Direction.STABLE), comparable, lines);
    }

    /**
     * The figure of record of each indicator and period among validated ones: the one the council validated last. A
     * correction awaiting validation leaves the validated figure before it as the figure of record.
     */
    private static List<Observation> figuresOfRecord(List<Observation> validated) {
        Map<String, Observation> latest = new java.util.HashMap<>();
        for (Observation observation : validated) {
            latest.merge(observation.indicatorCode() + "@" + observation.period(), observation,
                    (kept, candidate) -> candidate.validatedAt().isAfter(kept.validatedAt()) ? candidate : kept);
        }
        return List.copyOf(latest.values());
    }

    private static Map<String, Observation> byIndicator(List<Observation> all, ReportingPeriod period) {
        return all.stream().filter(observation -> observation.period().equals(period.label()))
                .collect(Collectors.toMap(Observation::indicatorCode, Function.identity()));
    }

    /**
     * An indicator's line, judged by the definition in force at the period's end; the previous period's figure is read
     * by the definition in force at that period's end, and a change between the two is said.
     */
    private static Scorecard.Line line(BasketEntry entry, PerformanceIndicator indicator, IndicatorDefinition.Terms terms,
                                       IndicatorDefinition.Terms previousTerms, Observation current, Observation earlier) {
        Polarity polarity = terms.polarity();
        BigDecimal value = current == null ? null : current.value();
        Long denominator = current == null ? null : current.denominator();
        Rag rag = Judgement.rag(polarity, value, denominator == null ? null : Math.toIntExact(Math.min(denominator, Integer.MAX_VALUE)),
                terms.minimumDenominator(), entry.target(), entry.toleranceKind(), entry.tolerance());
        boolean judged = rag != Rag.NO_DATA && rag != Rag.SUPPRESSED;
        BigDecimal previousValue = earlier == null || Judgement.suppressed(
                earlier.denominator() == null ? null : Math.toIntExact(Math.min(earlier.denominator(), Integer.MAX_VALUE)),
                previousTerms.minimumDenominator()) ? null : earlier.value();
        Direction sincePrevious = judged ? Judgement.direction(polarity, value, previousValue) : Direction.NOT_COMPARABLE;
        Direction sinceBaseline = judged ? Judgement.direction(polarity, value, entry.baselineValue()) : Direction.NOT_COMPARABLE;
        List<Scorecard.ComparatorPosition> comparators = entry.comparators().stream()
                .map(comparator -> position(polarity, judged ? value : null, comparator)).toList();
        return new Scorecard.Line(entry.indicatorCode(), indicator.name(), indicator.unit(), polarity,
                value, current == null ? null : current.numerator(), denominator, entry.target(), entry.toleranceKind(),
                entry.tolerance(), Judgement.toleranceLimit(polarity, entry.target(), entry.toleranceKind(), entry.tolerance()),
                rag, current == null ? null : current.id(), FigureValidation.of(current),
                current != null && current.status() != SubmissionStatus.VALIDATED && current.everValidated(),
                terms.effectiveFrom(), !terms.judgesAs(previousTerms),
                previousValue, sincePrevious, entry.baselineValue(), sinceBaseline, comparators);
    }

    private static Scorecard.ComparatorPosition position(Polarity polarity, BigDecimal value, Comparator comparator) {
        String position = null;
        if (value != null) {
            position = value.compareTo(comparator.value()) == 0 ? "SAME" : polarity.better(value, comparator.value()) ? "BETTER" : "WORSE";
        }
        return new Scorecard.ComparatorPosition(comparator.kind(), comparator.value(), comparator.dataYear(), position);
    }
}
