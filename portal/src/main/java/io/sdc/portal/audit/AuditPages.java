package io.sdc.portal.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit history of any resource of any service ({@code /audit/{service}/{resourceType}/{id}}, with the resource
 * types named as the services' audit APIs name them), and a form to look one up. Commissioners, auditors and admins
 * read it; the services refuse everyone else, and so does the portal.
 */
@Path("/audit")
public class AuditPages extends PortalPage {

    @Location("audit/lookup.html")
    Template lookup;
    @Location("audit/history.html")
    Template history;

    @GET
    public Response lookup(@QueryParam("resource") String resource, @QueryParam("id") String id,
                           @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        person.require();
        refuseUnlessAuditReader();
        String chosen = resource == null ? "" : resource.strip();
        String entered = id == null ? "" : id.strip();
        var asked = uri.getQueryParameters();
        if (!asked.containsKey("resource") && !asked.containsKey("id")) {
            return show(200, chosen, entered, FormErrors.none());
        }
        Optional<AuditRecords.ResourceType> type = AuditRecords.TYPES.stream()
                .filter(known -> known.value().equals(chosen)).findFirst();
        List<Problem.Violation> faults = new java.util.ArrayList<>();
        if (type.isEmpty()) {
            faults.add(new Problem.Violation("resource", "Select the type of resource"));
        }
        if (entered.isEmpty()) {
            faults.add(new Problem.Violation("id", "Enter the resource's id"));
        } else if (!isUuid(entered)) {
            faults.add(new Problem.Violation("id",
                    "Enter the id as 32 letters and digits in 5 groups, like 595d11fd-db41-4200-b16b-2fb67bf7186f"));
        }
        if (!faults.isEmpty()) {
            return show(400, chosen, entered, FormErrors.of(new Problem(400, "", "", "", faults),
                    java.util.Map.of("resource", "resource", "id", "id"), "resource"));
        }
        return pages.seeOther(Backend.path("/audit/{}/{}/{}", type.get().service(), type.get().type(),
                entered.toLowerCase(java.util.Locale.ROOT)));
    }

    @GET
    @Path("/{service}/{resourceType}/{id}")
    public Response history(@PathParam("service") String serviceName, @PathParam("resourceType") String resourceType,
                            @PathParam("id") String id) {
        person.require();
        Service service = AuditRecords.service(serviceName).orElseThrow(NotFoundException::new);
        if (!isUuid(id)) {
            throw new NotFoundException();
        }
        ApiAnswer answer = backend.get(service, Backend.path("/api/v1/audit/{}/{}", resourceType, id)).orRefuse();
        List<AuditRecords.Revision> revisions = AuditRecords.revisions(answer.json());
        JsonNode last = answer.json().path(answer.json().size() - 1);
        String contractId = AuditRecords.text(last.path("contractId"));
        List<Object> steps = List.of();
        if (service == Service.CONTRACT && resourceType.equals("change-request")) {
            // A change request's steps carry the comment given with each; the history shows them beside its revisions.
            ApiAnswer changeRequest = backend.get(Service.CONTRACT, Backend.path("/api/v1/change-requests/{}", id));
            if (changeRequest.succeeded() && changeRequest.object().get("steps") instanceof List<?> list) {
                steps = List.copyOf(list);
            }
        }
        return pages.show(history.data("service", serviceName)
                .data("serviceText", AuditRecords.serviceName(serviceName))
                .data("resourceType", resourceType)
                .data("typeText", AuditRecords.typeLabel(resourceType))
                .data("id", id)
                .data("name", AuditRecords.name(last.path("state")))
                .data("resourceHref", resourceHref(resourceType, id))
                .data("auditContractId", contractId.isEmpty() ? null : contractId)
                .data("steps", steps)
                .data("revisions", revisions), Section.AUDIT, contractId.isEmpty() ? null : contractId);
    }

    /** The portal's page of a resource, where there is one. */
    private static String resourceHref(String resourceType, String id) {
        return switch (resourceType) {
            case "change-request" -> "/change-requests/" + id;
            case "budget" -> "/budgets/" + id;
            case "contract" -> "/contracts/" + id;
            default -> null;
        };
    }

    private Response show(int status, String resource, String id, FormErrors errors) {
        return pages.show(status, lookup.data("types", AuditRecords.TYPES).data("resource", resource).data("id", id)
                .data("errors", errors), Section.AUDIT, null);
    }

    /** The audit APIs admit commissioners, auditors and admins only; a page with no API call refuses the same. */
    private void refuseUnlessAuditReader() {
        if (!person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN)) {
            throw new ApiRefusal(new Problem(403, "urn:sdc:problem:forbidden", "Forbidden",
                    "Only commissioners, auditors and platform administrators read the audit history.", List.of()));
        }
    }

    static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
