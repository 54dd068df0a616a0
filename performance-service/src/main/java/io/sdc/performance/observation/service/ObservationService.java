package io.sdc.performance.observation.service;

import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.Reading;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ObservationStatus;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.events.ObservationRecorded;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the trust's observations, all of a submission or none: every fault in it is reported at once, each value
 * read by its indicator. A resubmission for an indicator and period supersedes the current observation, which stays
 * in the history.
 */
@ApplicationScoped
public class ObservationService {

    @Inject
    ObservationRepository observations;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ContractRepository contracts;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    IndicatorAlerts alerts;

    @Inject
    Clock clock;

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
            values.add(valueOf(submissions.get(i), "observations[" + i + "]", known, seen, faults));
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, faults.size()
                    + (faults.size() == 1 ? " observation is" : " observations are") + " not valid; nothing was recorded", faults);
        }
        Instant now = Instant.now(clock);
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
            outbox.publish(ObservationRecorded.TYPE, contractId, ObservationRecorded.of(observation));
            alerts.check(observation, known.get(observation.indicatorCode()));
        }
        return recorded;
    }

    /**
     * The current observations, optionally for one period and one indicator; with {@code history}, every submission
     * for that indicator and period, newest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> list(UUID contractId, Optional<String> period, Optional<String> indicatorCode, boolean history) {
        period.ifPresent(ReportingPeriod::parse);
        if (history) {
            if (period.isEmpty() || indicatorCode.isEmpty()) {
                throw ProblemException.invalid("history=true needs both period and indicator");
            }
            return observations.history(contractId, indicatorCode.get(), period.get());
        }
        return observations.currentOf(contractId, period, indicatorCode);
    }

    /** The value of the submission at {@code at}, or null with its faults added. */
    private static BigDecimal valueOf(Submission submission, String at, Map<String, PerformanceIndicator> known, Set<String> seen,
                                      List<Problem.Violation> faults) {
        PerformanceIndicator indicator = known.get(submission.indicatorCode());
        if (indicator == null) {
            faults.add(new Problem.Violation(at + ".indicatorCode", "no indicator is defined with the code " + submission.indicatorCode()));
            return null;
        }
        try {
            ReportingPeriod.parse(submission.period());
        } catch (ProblemException e) {
            faults.add(new Problem.Violation(at + ".period", e.getMessage()));
            return null;
        }
        if (!seen.add(submission.indicatorCode() + "@" + submission.period())) {
            faults.add(new Problem.Violation(at, "the submission has " + submission.indicatorCode() + " for " + submission.period() + " twice"));
            return null;
        }
        Reading reading = indicator.read(submission.numerator(), submission.denominator(), submission.value());
        if (reading instanceof Reading.Refused refused) {
            faults.add(new Problem.Violation(refused.field() == null ? at : at + "." + refused.field(), refused.reason()));
            return null;
        }
        return ((Reading.Accepted) reading).value();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
