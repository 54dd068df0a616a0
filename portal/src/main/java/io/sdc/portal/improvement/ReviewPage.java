package io.sdc.portal.improvement;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.Resource;
import io.sdc.portal.performance.PerformanceApi;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * A monitoring visit or review of a contract's improvement plan: who held it and when, its summary, and its findings in
 * order, each a strength or an area for improvement linked to the recommendation it evidences or raised (new ones marked).
 */
@Path("/contracts/{contractId}/improvement/reviews/{reviewId}")
public class ReviewPage extends PortalPage {

    @Inject
    ImprovementApi improvement;
    @Inject
    PerformanceApi performance;

    @Location("improvement/review.html")
    Template review;

    @GET
    public Response show(@PathParam("contractId") String contractId, @PathParam("reviewId") String id) {
        person.require();
        Resource read = improvement.review(contractId, id);
        return pages.show(performance.common(review.instance(), contractId, "improvement").data("review", read.view()),
                Section.PERFORMANCE, contractId);
    }
}
