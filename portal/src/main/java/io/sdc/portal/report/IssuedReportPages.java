package io.sdc.portal.report;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * An issued report, as report-service keeps it and nothing changes: which report and issue, who issued it when and
 * why, whether its figures were all validated, the SHA-256 of its PDF and of its figures, and both, byte for byte.
 */
@Path("/reports/issued/{id}")
public class IssuedReportPages extends PortalPage {

    @Location("report/issued.html")
    Template issuedPage;

    @GET
    public Response issued(@PathParam("id") String id) {
        person.require();
        IssuedReportView issued = IssuedReportView.of(read(Backend.path("/api/v1/issued-reports/{}", id), "application/json").object());
        return pages.show(issuedPage.data("issued", issued).data("mayReadHistory", Downloads.mayReadHistory(person)),
                Section.REPORTS, issued.contractId().isEmpty() ? null : issued.contractId());
    }

    /** The issued PDF, byte for byte as report-service keeps it, with its entity tag and digest. */
    @GET
    @Path("/pdf")
    public Response pdf(@PathParam("id") String id) {
        person.require();
        return Downloads.passOn(read(Backend.path("/api/v1/issued-reports/{}/pdf", id), Downloads.PDF), Downloads.PDF, "issued-report.pdf");
    }

    /** The figures the issued report was made from, byte for byte as report-service keeps them. */
    @GET
    @Path("/figures")
    public Response figures(@PathParam("id") String id) {
        person.require();
        return Downloads.passOn(read(Backend.path("/api/v1/issued-reports/{}/figures", id), "application/json"),
                "application/json", "issued-report-figures.json");
    }

    /** A read of the issued report; an id report-service cannot read as one (400) names no issued report. */
    private ApiAnswer read(String path, String mediaType) {
        ApiAnswer answer = backend.call(Service.REPORT, "GET", path).accept(mediaType).send();
        if (answer.status() == 400) {
            throw new NotFoundException();
        }
        return answer.orRefuse();
    }
}
