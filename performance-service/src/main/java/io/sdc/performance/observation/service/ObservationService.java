package io.sdc.performance.observation.service;

import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.indicator.PerformanceIndicator;
import io.sdc.performance.indicator.Reading;
import io.sdc.performance.indicator.repository.IndicatorRepository;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.ReportingPeriod;
import io.sdc.performance.observation.events.ObservationRecorded;
import io.sdc.performance.observation.events.ObservationReturned;
import io.sdc.performance.observation.events.ObservationValidated;
import io.sdc.performance.observation.repository.ObservationRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
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
 * read by its indicator. A submission for an indicator and period supersedes the current observation, which stays
 * in the history; the council validates or returns each. The observations keep their own rules; this loads them,
 * asks them, saves and announces.
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

    /** One submitted observation, as received, with the reason for superseding the current one, if given. */
    public record Submission(String indicatorCode, String period, Long numerator, Long denominator, BigDecimal value,
                             String commentary, String reason) {
    }

    /**
     * Records the submission: each figure SUBMITTED, superseding the current one for its indicator and period. A figure
     * sent again exactly as it stands (awaiting validation or validated) is a retry and changes nothing.
     */
    @Transactional
    public List<Observation> submit(UUID contractId, List<Submission> submissions) {
        contracts.require(contractId);
        Map<String, PerformanceIndicator> known = indicators.byCodes(submissions.stream().map(Submission::indicatorCode).toList())
                .stream().collect(Collectors.toMap(PerformanceIndicator::code, Function.identity()));
        List<Problem.Violation> faults = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<Optional<Observation>> currents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            String at = "observations[" + i + "]";
            BigDecimal value = valueOf(submission, at, known, seen, faults);
            values.add(value);
            Optional<Observation> current = value == null ? Optional.empty()
                    : observations.current(contractId, submission.indicatorCode(), submission.period());
            currents.add(current);
            current.filter(before -> !before.repeatedBy(figure(submission, value), blankToNull(submission.commentary())))
                    .flatMap(Observation::whyAReasonIsNeeded)
                    .filter(why -> reasonFor(submission) == null)
                    .ifPresent(why -> faults.add(new Problem.Violation(at + ".reason", why)));
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, faults.size()
                    + (faults.size() == 1 ? " observation is" : " observations are") + " not valid; nothing was recorded", faults);
        }
        Observation.Step step = step();
        List<Observation> answered = new ArrayList<>();
        List<Observation> recorded = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            Observation.Figure figure = figure(submission, values.get(i));
            String commentary = blankToNull(submission.commentary());
            Optional<Observation> current = currents.get(i);
            if (current.isPresent() && current.get().repeatedBy(figure, commentary)) {
                answered.add(current.get());
                continue;
            }
            String reason = reasonFor(submission);
            if (reason != null) {
                changeContext.reason(reason);
            }
            Observation observation = Observation.submit(contractId, submission.indicatorCode(), submission.period(), figure,
                    commentary, current, reason, step);
            // The superseded figure leaves the current ones before the new one joins them: one is current per period.
            observations.flush();
            observations.persist(observation);
            answered.add(observation);
            recorded.add(observation);
        }
        observations.flush();
        for (Observation observation : recorded) {
            outbox.publish(ObservationRecorded.TYPE, contractId, ObservationRecorded.of(observation));
            alerts.check(observation, known.get(observation.indicatorCode()));
        }
        return answered;
    }

    /** The council validates a figure at the version read; a reason is optional and kept in the audit history. */
    @Transactional
    public Observation validate(UUID contractId, UUID id, long expectedVersion, String reason) {
        Observation observation = current(contractId, id, expectedVersion);
        if (reason != null && !reason.isBlank()) {
            changeContext.reason(reason);
        }
        observation.validate(step());
        observations.flush();
        outbox.publish(ObservationValidated.TYPE, contractId, ObservationValidated.of(observation));
        return observation;
    }

    /** The council returns a figure to the trust at the version read, with a reason the trust is told. */
    @Transactional
    public Observation returnToTrust(UUID contractId, UUID id, long expectedVersion, String reason) {
        String given = changeContext.requireReason("return a figure to the trust", reason);
        Observation observation = current(contractId, id, expectedVersion);
        observation.returnToTrust(given, step());
        observations.flush();
        outbox.publish(ObservationReturned.TYPE, contractId, ObservationReturned.of(observation));
        return observation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Observation get(UUID contractId, UUID id) {
        contracts.require(contractId);
        return observations.ofContract(contractId, id).orElseThrow(() -> ProblemException.notFound("observation", id));
    }

    /** Every observation for the indicator and period of this one, newest first: the earlier values and the later ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> history(UUID contractId, UUID id) {
        Observation observation = get(contractId, id);
        return observations.history(contractId, observation.indicatorCode(), observation.period());
    }

    /**
     * The current observations, optionally for one period, one indicator and in one status; with {@code history}, every
     * submission for that indicator and period, newest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Observation> list(UUID contractId, Optional<String> period, Optional<String> indicatorCode,
                                  Optional<SubmissionStatus> status, boolean history) {
        period.ifPresent(ReportingPeriod::parse);
        if (history) {
            if (period.isEmpty() || indicatorCode.isEmpty()) {
                throw ProblemException.invalid("history=true needs both period and indicator");
            }
            return observations.history(contractId, indicatorCode.get(), period.get());
        }
        return observations.currentOf(contractId, period, indicatorCode, status);
    }

    private Observation current(UUID contractId, UUID id, long expectedVersion) {
        Observation observation = get(contractId, id);
        EntityTags.requireCurrent("observation", observation.version(), expectedVersion);
        return observation;
    }

    private Observation.Step step() {
        return new Observation.Step(changeContext.author().actor(), Instant.now(clock));
    }

    /** The reason given for a submission: its own, else the Change-Reason header's. */
    private String reasonFor(Submission submission) {
        String own = blankToNull(submission.reason());
        return own != null ? own : changeContext.reason().orElse(null);
    }

    private static Observation.Figure figure(Submission submission, BigDecimal value) {
        return new Observation.Figure(submission.numerator(), submission.denominator(), value);
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
