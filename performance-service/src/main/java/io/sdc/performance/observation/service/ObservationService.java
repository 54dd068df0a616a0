package io.sdc.performance.observation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ObservationStatus;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.mapping.ObservationMapper;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the trust's observations, all of a submission or none: every fault in it is reported at once. A
 * resubmission for an indicator and period supersedes the current observation, which stays in the history.
 */
@ApplicationScoped
public class ObservationService {

    /** An observation was recorded; data: the observation. */
    public static final String RECORDED = "performance.observation.recorded";

    private static final BigDecimal VALUE_CHECK = new BigDecimal("0.05");

    /** An observation's value is kept as NUMERIC(12,2): at most 10 whole digits. */
    private static final int VALUE_INTEGER_DIGITS = 10;
    private static final BigDecimal LARGEST_VALUE = new BigDecimal("9999999999.99");

    @Inject
    ObservationRepository observations;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ContractRepository contracts;

    @Inject
    EventOutbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ChangeContext changeContext;

    @Inject
    IndicatorAlerts alerts;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /** One submitted observation, as received. */
    public record Submission(String indicatorCode, String period, Long numerator, Long denominator, BigDecimal value,
                             ObservationStatus status, String commentary) {
    }

    @Transactional
    public List<Observation> submit(UUID contractId, List<Submission> submissions) {
        contracts.findByIdOptional(contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
        Map<String, PerformanceIndicator> known = indicators.byCodes(submissions.stream().map(Submission::indicatorCode).toList())
                .stream().collect(Collectors.toMap(PerformanceIndicator::code, Function.identity()));
        List<Problem.Violation> faults = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            String at = "observations[" + i + "]";
            PerformanceIndicator indicator = known.get(submission.indicatorCode());
            values.add(null);
            if (indicator == null) {
                faults.add(new Problem.Violation(at + ".indicatorCode", "no indicator is defined with the code " + submission.indicatorCode()));
                continue;
            }
            try {
                ReportingPeriod.parse(submission.period());
            } catch (ProblemException e) {
                faults.add(new Problem.Violation(at + ".period", e.getMessage()));
                continue;
            }
            if (!seen.add(submission.indicatorCode() + "@" + submission.period())) {
                faults.add(new Problem.Violation(at, "the submission has " + submission.indicatorCode() + " for " + submission.period() + " twice"));
                continue;
            }
            valueOf(indicator, submission, at, faults).ifPresent(value -> values.set(values.size() - 1, value));
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, faults.size()
                    + (faults.size() == 1 ? " observation is" : " observations are") + " not valid; nothing was recorded", faults);
        }
        Instant now = Instant.now();
        String submitter = changeContext.author().actor();
        List<Observation> recorded = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            observations.current(contractId, submission.indicatorCode(), submission.period()).ifPresent(current -> current.supersede(now));
            observations.flush();
            Observation observation = new Observation(contractId, submission.indicatorCode(), submission.period(), submission.numerator(),
                    submission.denominator(), values.get(i), submission.status(), blankToNull(submission.commentary()), submitter, now);
            observations.persist(observation);
            recorded.add(observation);
        }
        observations.flush();
        for (Observation observation : recorded) {
            outbox.append(new EventEnvelope(UUID.randomUUID(), RECORDED, source, contractId.toString(), now, 1,
                    objectMapper.valueToTree(ObservationMapper.toView(observation))));
            alerts.check(observation, known.get(observation.indicatorCode()));
        }
        return recorded;
    }

    private static java.util.Optional<BigDecimal> valueOf(PerformanceIndicator indicator, Submission submission, String at,
                                                           List<Problem.Violation> faults) {
        if (indicator.unit().computed()) {
            if (submission.numerator() == null || submission.denominator() == null) {
                faults.add(new Problem.Violation(at, indicator.code() + " is a " + indicator.unit() + ": give numerator and denominator"));
                return java.util.Optional.empty();
            }
            if (indicator.unit() == io.sdc.performance.indicator.Unit.PERCENT && submission.numerator() > submission.denominator()) {
                faults.add(new Problem.Violation(at + ".numerator", "a percentage's numerator cannot exceed its denominator"));
                return java.util.Optional.empty();
            }
            BigDecimal computed = indicator.unit().valueOf(submission.numerator(), submission.denominator());
            if (computed.precision() - computed.scale() > VALUE_INTEGER_DIGITS) {
                faults.add(new Problem.Violation(at + ".numerator", "over the denominator " + submission.denominator() + " gives "
                        + computed.toPlainString() + " " + indicator.unit() + ", more than an observation's value can be ("
                        + LARGEST_VALUE.toPlainString() + ")"));
                return java.util.Optional.empty();
            }
            if (submission.value() != null && submission.value().subtract(computed).abs().compareTo(VALUE_CHECK) > 0) {
                faults.add(new Problem.Violation(at + ".value", "is " + submission.value() + " but numerator and denominator give " + computed));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(computed);
        }
        if (submission.value() == null) {
            faults.add(new Problem.Violation(at + ".value", indicator.code() + " is a " + indicator.unit() + ": give the value"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(submission.value());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
