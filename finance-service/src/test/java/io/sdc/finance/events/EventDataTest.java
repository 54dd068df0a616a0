package io.sdc.finance.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.events.BudgetChanged;
import io.sdc.finance.budget.mapping.BudgetMapper;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.events.ForecastOverspend;
import io.sdc.finance.monitoring.events.ReturnImported;
import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.finance.riskshare.events.OutturnFinalised;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.sdc.finance.support.Aggregates.CONTRACT;
import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.budget;
import static io.sdc.finance.support.Aggregates.forecast;
import static io.sdc.finance.support.Aggregates.money;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event record writes, field for field and in order, the data its event carried before it was a record of its
 * own: the budget's REST view, the return's summary as it was built by hand, the outturn's calculation as stored.
 */
class EventDataTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * The budget's view but for what the view has shown since adjustments can be withdrawn (each adjustment's
     * {@code withdrawn} and {@code withdrawalReason}), which the event never carried; a withdrawn adjustment is left out.
     */
    @Test
    void aBudgetEventIsTheBudgetAsItsViewShowsIt() throws Exception {
        Budget budget = approvedBudget("staffing 100.00", "placements 50.00");
        budget.vary(UUID.randomUUID(), "placements", money("25.00"), "NCR-4 Contract variation");
        budget.close();
        assertThat(json.writeValueAsString(BudgetChanged.of(budget))).isEqualTo(viewAsTheEventCarriesIt(budget));

        Budget indicative = budget("1000.00");
        indicative.adjust(AdjustmentCategory.PAY_INFLATION, money("-10.50"), "Savings");
        Budget.Adjustment twice = indicative.adjust(AdjustmentCategory.OTHER, money("5.00"), "Entered twice");
        indicative.withdrawAdjustment(twice.id(), "Entered twice");
        indicative.setFunding(List.of(new Budget.Funding("Council", money("989.50"))));
        assertThat(json.writeValueAsString(BudgetChanged.of(indicative))).isEqualTo(viewAsTheEventCarriesIt(indicative));
        assertThat(BudgetChanged.of(indicative).adjustments()).hasSize(1);
    }

    private String viewAsTheEventCarriesIt(Budget budget) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode view = json.valueToTree(BudgetMapper.toView(budget));
        com.fasterxml.jackson.databind.node.ArrayNode inEffect = json.createArrayNode();
        view.withArray("adjustments").forEach(adjustment -> {
            if (!adjustment.path("withdrawn").asBoolean()) {
                inEffect.add(((com.fasterxml.jackson.databind.node.ObjectNode) adjustment).without(List.of("withdrawn", "withdrawalReason")));
            }
        });
        view.set("adjustments", inEffect);
        return json.writeValueAsString(view);
    }

    @Test
    void aReturnsSummaryAndItsOverspendAreTheFiguresOfItsForecast() throws Exception {
        Budget budget = approvedBudget("staffing 18200000.00", "placements 12500000.00");
        Forecast forecast = forecast(budget, "2015-Q3", "staffing 9100000.00 18100000.00", "placements 6420000.00 12848000.00");
        String summary = "{\"budgetId\":\"" + budget.id() + "\",\"returnId\":\"" + forecast.returnId() + "\",\"financialYear\":\"2015/16\","
                + "\"period\":\"2015-Q3\",\"budget\":\"30700000.00\",\"actualToDate\":\"15520000.00\",\"forecastOutturn\":\"30948000.00\","
                + "\"variance\":\"248000.00\"";
        assertThat(json.writeValueAsString(ReturnImported.of(forecast))).isEqualTo(summary + "}");
        assertThat(json.writeValueAsString(ForecastOverspend.of(forecast, money("100000.00")))).isEqualTo(summary
                + ",\"threshold\":\"100000.00\",\"overspentLines\":[{\"code\":\"placements\",\"variance\":\"348000.00\"}]}");
    }

    @Test
    void aFinalisedOutturnIsItsCalculationAsStored() throws Exception {
        RiskShareMechanism mechanism = new RiskShareMechanism(CONTRACT, true,
                List.of(new RiskShareMechanism.Band(new BigDecimal("1.00"), RiskShareMechanism.Basis.PERCENT_OF_BUDGET, new BigDecimal("30")),
                        new RiskShareMechanism.Band(null, RiskShareMechanism.Basis.PERCENT_OF_BUDGET, new BigDecimal("50"))),
                List.of(new RiskShareMechanism.Band(null, RiskShareMechanism.Basis.AMOUNT, new BigDecimal("50"))));
        OutturnCalculation calculation = mechanism.apply(forecast(approvedBudget("staffing 10000000.00", "placements 5000000.00"),
                "2016-Q1", "staffing 10200000.00 10200000.00", "placements 5348000.00 5348000.00"));
        String stored = json.writeValueAsString(calculation);
        assertThat(json.writeValueAsString(OutturnFinalised.of(calculation))).isEqualTo(stored);
        assertThat(stored).contains("\"bands\":[{\"from\":\"0.00\",\"to\":\"150000.00\",\"amount\":\"150000.00\",\"trustSharePercent\":\"30\","
                + "\"trustAmount\":\"45000.00\",\"councilAmount\":\"105000.00\"},{\"from\":\"150000.00\",\"to\":null,");
    }
}
