package io.sdc.report.assembly;

/** The reports the council produces under the contract, and how each names its period. */
public enum ReportKind {
    /** The annual report on a contract year to the Secretary of State; period: a contract year such as 2014/15. */
    ANNUAL_REPORT,
    /** The quarterly performance pack for the monitoring group and scrutiny committee; period: a quarter such as 2015-Q3. */
    QUARTERLY_PACK
}
