package io.sdc.finance.support;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

import java.util.Arrays;

/**
 * A test on the seed's 2015/16 budget, approved afresh before each test on a contract of its own: staffing
 * £18.2m, placements £12.5m (demand-led), commissioned services £7.611m and overheads £4m. Its Q2 summary return
 * (July to September 2015, period 2015-Q3) forecasts £348k over on placements.
 */
public abstract class SeedBudgetTest extends KnownContractTest {

    /** The Q2 2015/16 summary return's lines: budget line, actual to date, forecast outturn. */
    protected static final String[][] Q2_LINES = {
            {"staffing", "9100000.00", "18200000.00"},
            {"placements", "6420000.00", "12848000.00"},
            {"commissioned-services", "3800000.00", "7611000.00"},
            {"overheads", "2000000.00", "4000000.00"}};
    /** The summary return's header row. */
    protected static final String[] Q2_HEADER = {"budget_line", "actual_to_date", "forecast_outturn"};
    /** The Q2 2015/16 summary return as the trust's finance system exports it (CSV). */
    protected static final String Q2_RETURN = String.join(",", Q2_HEADER) + "\n"
            + String.join("\n", Arrays.stream(Q2_LINES).map(line -> String.join(",", line)).toList()) + "\n";

    @Inject
    protected EntityManager entityManager;

    protected String budget;

    @BeforeEach
    protected void approvedBudgetFor201516() {
        budget = FinanceTestSupport.approvedBudget(contract, "2015/16", "staffing 18200000.00 false",
                "placements 12500000.00 true", "commissioned-services 7611000.00 false", "overheads 4000000.00 false");
    }
}
