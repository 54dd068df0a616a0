package io.sdc.portal.contract;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An annual contract review: performance summary, budget confirmed in principle, strategic priorities, areas of joint
 * focus, and the change requests agreed in principle at it, each with its agreement (date and signatories) as the
 * change request records it.
 */
@Path("/annual-reviews")
public class AnnualReviewResource extends PortalPage {

    /** The most change requests of a review whose agreement is read for the page; beyond it only the review's list shows. */
    private static final int AGREEMENTS_READ = 30;

    @Location("contract/annual-review.html")
    Template reviewPage;

    @GET
    @Path("/{id}")
    public Response review(@PathParam("id") String id) {
        person.require();
        Map<String, Object> review = ContractResource.found(backend.get(Service.CONTRACT, Backend.path("/api/v1/annual-reviews/{}", id)),
                "annual review").object();
        String contractId = ContractResource.string(review.get("contractId"));
        Map<String, Object> contract = contractId == null ? Map.of()
                : backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).object();
        List<AgreedChange> changes = new ArrayList<>();
        List<Map<String, Object>> agreed = ApiAnswer.maps(review.get("changesAgreedInPrinciple"));
        for (Map<String, Object> change : agreed) {
            Map<String, Object> agreement = Map.of();
            if (changes.size() < AGREEMENTS_READ) {
                ApiAnswer changeRequest = backend.get(Service.CONTRACT, Backend.path("/api/v1/change-requests/{}", change.get("id")));
                if (changeRequest.succeeded() && changeRequest.object().get("agreement") instanceof Map<?, ?> found) {
                    agreement = ApiAnswer.maps(List.of(found)).get(0);
                }
            }
            changes.add(new AgreedChange(change, agreement));
        }
        return pages.show(reviewPage.data("review", review).data("contract", contract).data("changes", changes)
                .data("mayReadHistory", person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN)), Section.CONTRACT, contractId);
    }

    /** A change request agreed in principle at the review, with its agreement (empty when it could not be read). */
    @TemplateData
    public record AgreedChange(Map<String, Object> change, Map<String, Object> agreement) {
    }
}
