package io.sdc.report.quarterly.rest;

import io.sdc.report.quarterly.QuarterlyPack;
import io.sdc.report.rendering.ReportDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of the quarterly pack, as documented: its figures and the document every form renders. */
@Schema(name = "QuarterlyPackAnswer")
public record QuarterlyPackAnswer(QuarterlyPack figures, ReportDocument document) {
}
