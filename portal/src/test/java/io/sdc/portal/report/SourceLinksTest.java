package io.sdc.portal.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each figure's source (a service's API path) leads to the portal page of the same resource, or to none. */
class SourceLinksTest {

    private static final String C = "7c1d3f5e-2a4b-4c6d-8e9f-0a1b2c3d4e5f";
    private static final String ID = "0b5e9a52-1c3d-4e5f-8a9b-6c7d8e9f0a1b";

    private static String href(String service, String path) {
        return SourceLinks.href(service, path, C).orElse(null);
    }

    @Test
    void performanceSourcesLeadToThePerformancePages() {
        assertThat(href("performance", "/api/v1/contracts/" + C + "/scorecard?period=2015-Q3"))
                .isEqualTo("/contracts/" + C + "/performance?period=2015-Q3");
        assertThat(href("performance", "/api/v1/contracts/" + C + "/performance-summary?contractYear=2014/15"))
                .isEqualTo("/contracts/" + C + "/performance/summary?contractYear=2014%2F15");
        assertThat(href("performance", "/api/v1/contracts/" + C + "/inspections")).isEqualTo("/contracts/" + C + "/performance/inspections");
        assertThat(href("performance", "/api/v1/contracts/" + C + "/milestones?asOf=2015-11-30"))
                .isEqualTo("/contracts/" + C + "/performance/milestones?asOf=2015-11-30");
        assertThat(href("performance", "/api/v1/contracts/" + C + "/observations?indicator=RE-REFERRALS&period=2015-Q3"))
                .isEqualTo("/contracts/" + C + "/performance/indicators/RE-REFERRALS");
        assertThat(href("performance", "/api/v1/indicators/RE-REFERRALS")).isEqualTo("/contracts/" + C + "/performance/indicators/RE-REFERRALS");
        assertThat(href("performance", "/api/v1/improvement-plans/" + ID + "/board?since=2016-01-01")).isEqualTo("/contracts/" + C + "/improvement");
    }

    @Test
    void financeSourcesLeadToTheBudgetPages() {
        assertThat(href("finance", "/api/v1/budgets/" + ID)).isEqualTo("/budgets/" + ID);
        assertThat(href("finance", "/api/v1/budgets/" + ID + "/outturn")).isEqualTo("/budgets/" + ID + "/outturn");
        assertThat(href("finance", "/api/v1/budgets/" + ID + "/forecast?period=2015-Q3")).isEqualTo("/budgets/" + ID + "/forecast");
        assertThat(href("finance", "/api/v1/budgets/" + ID + "/adjustments/" + C)).isEqualTo("/budgets/" + ID + "/adjustments/" + C);
        assertThat(href("finance", "/api/v1/contracts/" + C + "/budgets")).isEqualTo("/contracts/" + C + "/finance");
        assertThat(href("finance", "/api/v1/contracts/" + C + "/risk-share")).isEqualTo("/contracts/" + C + "/finance/risk-share");
    }

    @Test
    void contractSourcesLeadToTheContractPages() {
        assertThat(href("contract", "/api/v1/change-requests/" + ID)).isEqualTo("/change-requests/" + ID);
        assertThat(href("contract", "/api/v1/annual-reviews/" + ID)).isEqualTo("/annual-reviews/" + ID);
        assertThat(href("contract", "/api/v1/contracts/" + C + "/annual-reviews")).isEqualTo("/contracts/" + C + "/annual-reviews");
        assertThat(href("contract", "/api/v1/contracts/" + C + "/change-requests?status=SUBMITTED")).isEqualTo("/contracts/" + C + "/change-requests");
        assertThat(href("contract", "/api/v1/contracts/" + C)).isEqualTo("/contracts/" + C);
    }

    @Test
    void aSourceWithoutAPageHasNoLink() {
        assertThat(href("finance", "/api/v1/monitoring-returns/" + ID)).isNull();
        assertThat(href("notification", "/api/v1/inbox")).isNull();
        assertThat(href("contract", "/api/v1/contracts/" + C + "/years?date=2015-09-30")).isNull();
        assertThat(href("performance", "/api/v1/budgets/" + ID)).as("a path is read as its own service's").isNull();
        assertThat(href(null, "/api/v1/budgets/" + ID)).isNull();
        assertThat(href("finance", "https://evil.example/api/v1/budgets/" + ID)).isNull();
        assertThat(href("finance", "")).isNull();
    }

    @Test
    void valuesAreEncodedSoThatNoneChangesWhichPageIsAddressed() {
        assertThat(href("contract", "/api/v1/change-requests/x%2F..%2Fadmin")).isEqualTo("/change-requests/x%2F..%2Fadmin");
        assertThat(href("performance", "/api/v1/contracts/" + C + "/scorecard?period=2015-Q3%26x%3D%3Cb%3E"))
                .isEqualTo("/contracts/" + C + "/performance?period=2015-Q3%26x%3D%3Cb%3E");
    }
}
