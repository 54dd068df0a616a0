package io.sdc.performance.scorecard.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Built scorecards and year summaries kept in memory, each under the generation of its inputs it was built at. */
@ConfigMapping(prefix = "sdc.scorecards")
public interface ScorecardsConfig {

    /**
     * How many built scorecards an instance keeps (and as many year summaries), each for a contract, a period (or
     * contract year) and whether only validated figures count; beyond it, those least used go first.
     */
    @WithDefault("2000")
    int cacheSize();
}
