package io.sdc.report.annual.rest;

import io.sdc.report.annual.AnnualReport;
import io.sdc.report.rendering.ReportDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of the annual report, as documented: its figures and the document every form renders. */
@Schema(name = "AnnualReportAnswer")
public record AnnualReportAnswer(AnnualReport figures, ReportDocument document) {
}
