package io.sdc.performance.improvement.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The daily checks of improvement actions' due dates, and the evidence files they take. */
@ConfigMapping(prefix = "sdc.improvement-actions")
public interface ImprovementActionsConfig {

    /** When actions past their due date are found overdue (a Quartz cron; every morning at 06:20). */
    @WithDefault("0 20 6 * * ?")
    String overdueCron();

    /** When owners are reminded of due dates near (a Quartz cron; every morning at 07:00). */
    @WithDefault("0 0 7 * * ?")
    String reminderCron();

    /** How many days ahead the reminder looks: an action due within them is announced due soon, once per due date. */
    @WithDefault("14")
    int reminderDays();

    /**
     * The largest evidence file taken (10 MB). The HTTP body limit, quarkus.http.limits.max-body-size, is a little
     * above it so that a larger file meets this limit's own 413 problem.
     */
    @WithDefault("10M")
    MemorySize evidenceMaxSize();
}
