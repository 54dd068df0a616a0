package io.sdc.performance.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sdc.performance.basket.BasketEntry;
import io.sdc.performance.basket.BasketVersion;
import io.sdc.performance.basket.Comparator;
import io.sdc.performance.basket.Rag;
import io.sdc.performance.basket.ToleranceKind;
import io.sdc.performance.basket.events.BasketRevisionRefused;
import io.sdc.performance.basket.events.BasketVersionActivated;
import io.sdc.performance.basket.mapping.BasketMapper;
import io.sdc.performance.inspection.AreaJudgement;
import io.sdc.performance.inspection.Inspection;
import io.sdc.performance.inspection.InspectionJudgement;
import io.sdc.performance.inspection.Milestone;
import io.sdc.performance.inspection.events.InspectionRecorded;
import io.sdc.performance.inspection.events.MilestoneAnnouncement;
import io.sdc.performance.inspection.mapping.InspectionMapper;
import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.events.IndicatorAlert;
import io.sdc.performance.observation.events.ObservationRecorded;
import io.sdc.performance.observation.events.ObservationReturned;
import io.sdc.performance.observation.events.ObservationValidated;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event record writes, field for field, in order and with the same nulls, the data performance-service's events
 * carried before they had records of their own: the REST views of basket versions, inspections and milestones, the
 * fields an observation's view had when it was recorded, and the objects built by hand for alerts and refused
 * revisions. Consumers read the same JSON. The validated and returned observations carry what notifications need.
 */
class EventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID CONTRACT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2015-10-20T09:30:00Z");

    @Test
    void anObservationRecordedIsWrittenWithTheFieldsItAlwaysHad() throws Exception {
        Observation observation = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3",
                new Observation.Figure(46L, 200L, new BigDecimal("23.0")), null, Optional.empty(), null,
                new Observation.Step("trust-performance.user", AT));
        ObjectNode before = JSON.createObjectNode().put("id", observation.id().toString()).put("contractId", CONTRACT.toString())
                .put("indicatorCode", "RE-REFERRALS").put("period", "2015-Q3").put("numerator", 46L).put("denominator", 200L)
                .put("value", new BigDecimal("23.0")).put("status", "SUBMITTED");
        before.putNull("commentary");
        before.put("submittedBy", "trust-performance.user").put("submittedAt", AT.toString());
        before.putNull("supersededAt");
        assertSameJson(ObservationRecorded.of(observation), before);
    }

    @Test
    void aValidatedAndAReturnedObservationCarryWhatTheNotificationsNeed() {
        Observation observation = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3",
                new Observation.Figure(46L, 200L, new BigDecimal("23.0")), null, Optional.empty(), null,
                new Observation.Step("trust-performance.user", AT));
        observation.returnToTrust("The denominator leaves out September", new Observation.Step("commissioner.user", AT.plusSeconds(60)));
        assertThat(JSON.valueToTree(ObservationReturned.of(observation)).toString()).contains("\"id\":\"" + observation.id(),
                "\"contractId\":\"" + CONTRACT, "\"indicatorCode\":\"RE-REFERRALS\"", "\"period\":\"2015-Q3\"", "\"value\":23",
                "\"reason\":\"The denominator leaves out September\"", "\"returnedBy\":\"commissioner.user\"");
        Observation resubmitted = Observation.submit(CONTRACT, "RE-REFERRALS", "2015-Q3",
                new Observation.Figure(50L, 200L, new BigDecimal("25.0")), null, Optional.of(observation), null,
                new Observation.Step("trust-performance.user", AT.plusSeconds(120)));
        resubmitted.validate(new Observation.Step("commissioner.user", AT.plusSeconds(180)));
        assertThat(JSON.valueToTree(ObservationValidated.of(resubmitted)).toString()).contains("\"id\":\"" + resubmitted.id(),
                "\"contractId\":\"" + CONTRACT, "\"indicatorCode\":\"RE-REFERRALS\"", "\"period\":\"2015-Q3\"", "\"value\":25",
                "\"kind\":\"RESUBMISSION\"", "\"supersedes\":\"" + observation.id(), "\"validatedBy\":\"commissioner.user\"");
    }

    @Test
    void aBasketVersionIsWrittenAsItsViewWas() throws Exception {
        BasketVersion basket = new BasketVersion(UUID.randomUUID(), CONTRACT, 1, Optional.empty());
        basket.putEntry("RE-REFERRALS", new BasketEntry.Terms(new BigDecimal("38"), LocalDate.parse("2014-10-01"), new BigDecimal("25"),
                ToleranceKind.THRESHOLD, new BigDecimal("30"), List.of(new Comparator(Comparator.Kind.NATIONAL, new BigDecimal("24"), null))), AT);
        basket.putEntry("CP-SECOND-TIME", new BasketEntry.Terms(null, null, new BigDecimal("12.5"), ToleranceKind.MARGIN,
                new BigDecimal("2"), List.of()), AT);
        basket.activateFirst(LocalDate.parse("2014-10-01"), Optional.empty(), LocalDate.parse("2014-10-01"));
        assertSameJson(BasketVersionActivated.of(basket), BasketMapper.toView(basket));
    }

    @Test
    void anInspectionAndAMilestoneAreWrittenAsTheirViewsWere() throws Exception {
        Inspection inspection = new Inspection(CONTRACT, "Ofsted", "Services for children in need of help and protection",
                LocalDate.parse("2015-11-04"), InspectionJudgement.INADEQUATE,
                List.of(new AreaJudgement("Adoption performance", InspectionJudgement.GOOD)), 20, LocalDate.parse("2016-01-29"));
        assertSameJson(InspectionRecorded.of(inspection), InspectionMapper.toView(inspection));
        Milestone milestone = new Milestone(CONTRACT, "Adoption performance Good by April 2016", InspectionJudgement.GOOD,
                LocalDate.parse("2016-04-30"), "Adoption performance", null);
        for (LocalDate asOf : List.of(LocalDate.parse("2015-06-01"), LocalDate.parse("2016-01-29"))) {
            Milestone.Standing standing = milestone.standingOn(asOf, List.of(inspection));
            assertSameJson(MilestoneAnnouncement.of(standing), InspectionMapper.toView(standing));
        }
    }

    @Test
    void anAlertAndARefusedRevisionAreWrittenAsTheirObjectsWere() throws Exception {
        UUID observation = UUID.randomUUID();
        ObjectNode alert = JSON.createObjectNode().put("indicatorCode", "RE-REFERRALS").put("period", "2015-Q3")
                .put("value", new BigDecimal("40.0")).put("rag", "RED").put("observationId", observation.toString());
        alert.put("previousRag", (String) null);
        assertSameJson(new IndicatorAlert("RE-REFERRALS", "2015-Q3", new BigDecimal("40.0"), Rag.RED, observation, null), alert);
        alert.put("rag", "GREEN").put("previousRag", "RED");
        assertSameJson(new IndicatorAlert("RE-REFERRALS", "2015-Q3", new BigDecimal("40.0"), Rag.GREEN, observation, Rag.RED), alert);

        UUID change = UUID.randomUUID();
        ObjectNode refusal = JSON.createObjectNode().put("changeRequestId", change.toString()).put("contractId", CONTRACT.toString())
                .put("reference", "NCR-3").put("reason", "PI basket version 2 has no indicators");
        assertSameJson(new BasketRevisionRefused(change, CONTRACT, "NCR-3", "PI basket version 2 has no indicators"), refusal);
    }

    private static void assertSameJson(Object record, Object before) throws Exception {
        assertThat(JSON.valueToTree(record).toString()).isEqualTo(JSON.valueToTree(before).toString());
    }
}
