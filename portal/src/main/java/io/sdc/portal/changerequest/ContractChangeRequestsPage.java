package io.sdc.portal.changerequest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Resource;
import io.sdc.portal.web.Pagination;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A contract's change requests: the list, filtered by status and type and paged, and raising a new one (first its
 * type, then the fields that type needs).
 */
@Path("/contracts/{contractId}/change-requests")
public class ContractChangeRequestsPage extends PortalPage {

    /** Change requests per page of the list. */
    static final int PAGE_SIZE = 20;
    /** The most the API answers in one page. */
    private static final int API_MAX_PAGE = 200;

    @Inject
    ChangeRequests changeRequests;

    @Location("change-request/list.html")
    Template list;
    @Location("change-request/choose-type.html")
    Template chooseType;
    @Location("change-request/proposal.html")
    Template proposal;

    /** A type to choose on the raise form. */
    @TemplateData
    public record Choice(String value, String label, String hint, boolean selected) {
    }

    /** A basket version a PI basket revision may propose. */
    @TemplateData
    public record BasketOption(String id, String label, boolean selected) {
    }

    @GET
    public Response list(@PathParam("contractId") String contractId, @QueryParam("status") String status,
                         @QueryParam("type") String type, @QueryParam("page") String page) {
        person.require();
        Map<String, Object> contract = contract(contractId);
        String wantedStatus = ChangeRequestWords.isStatus(status) ? status : null;
        String wantedType = ChangeRequestWords.isType(type) ? type : null;
        int pageNumber = pageNumber(page);
        String filters = Backend.query("status", wantedStatus, "type", wantedType);
        String base = Backend.path("/contracts/{}/change-requests", contractId) + (filters.isEmpty() ? "?" : filters + "&");
        String api = Backend.path("/api/v1/contracts/{}/change-requests", contractId);

        List<Object> rows;
        Pagination pagination;
        if (wantedType == null) {
            // The API pages the list (and filters it by status): ask for this page, and whether one more follows it.
            rows = backend.get(Service.CONTRACT, api + Backend.query("status", wantedStatus, "page", pageNumber - 1,
                    "size", PAGE_SIZE)).orRefuse().list();
            boolean hasNext = rows.size() == PAGE_SIZE && !backend.get(Service.CONTRACT, api + Backend.query(
                    "status", wantedStatus, "page", (long) pageNumber * PAGE_SIZE, "size", 1)).orRefuse().list().isEmpty();
            pagination = Pagination.open(base, pageNumber, hasNext);
        } else {
            // The API does not filter by type: read every page of it, keep the type's and page them here.
            List<Object> all = new ArrayList<>();
            for (int apiPage = 0; ; apiPage++) {
                List<Object> chunk = backend.get(Service.CONTRACT, api + Backend.query("status", wantedStatus,
                        "page", apiPage, "size", API_MAX_PAGE)).orRefuse().list();
                chunk.stream().filter(row -> row instanceof Map<?, ?> map && wantedType.equals(map.get("type"))).forEach(all::add);
                if (chunk.size() < API_MAX_PAGE) {
                    break;
                }
            }
            int pageCount = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            pageNumber = Math.min(pageNumber, pageCount);
            rows = all.subList((pageNumber - 1) * PAGE_SIZE, Math.min(all.size(), pageNumber * PAGE_SIZE));
            pagination = Pagination.counted(base, pageNumber, pageCount);
        }
        TemplateInstance page1 = list.data("contract", contract)
                .data("changeRequests", rows)
                .data("status", wantedStatus == null ? "" : wantedStatus)
                .data("type", wantedType == null ? "" : wantedType)
                .data("filtered", wantedStatus != null || wantedType != null)
                .data("statuses", ChangeRequestWords.STATUSES)
                .data("types", ChangeRequestWords.TYPES)
                .data("pageNumber", pageNumber)
                .data("pagination", pagination)
                .data("mayRaise", changeRequests.mayRaise());
        return pages.show(page1, Section.CHANGE_REQUESTS, contractId);
    }

    @GET
    @Path("/new")
    public Response raiseForm(@PathParam("contractId") String contractId, @QueryParam("type") String type,
                              @QueryParam("chosen") String chosen, @QueryParam("selected") String selected) {
        person.require();
        requireMayRaise();
        Map<String, Object> contract = contract(contractId);
        if (!ChangeRequestWords.isType(type)) {
            FormErrors errors = chosen == null ? FormErrors.none() : FormErrors.of("type", "Select what kind of change it is");
            return pages.show(chosen == null ? 200 : 400, chooseType(contract, selected, errors), Section.CHANGE_REQUESTS, contractId);
        }
        return pages.show(proposalPage(contract, ProposalForm.of(type), FormErrors.none(), null),
                Section.CHANGE_REQUESTS, contractId);
    }

    @POST
    @Path("/new")
    public Response raise(@PathParam("contractId") String contractId, @RestForm("csrf") String csrf,
                          @BeanParam ProposalForm form) {
        forms.check(csrf);
        person.require();
        requireMayRaise();
        Map<String, Object> contract = contract(contractId);
        if (!ChangeRequestWords.isType(form.type)) {
            return pages.show(400, chooseType(contract, null, FormErrors.of("type", "Select what kind of change it is")),
                    Section.CHANGE_REQUESTS, contractId);
        }
        ApiAnswer answer = backend.call(Service.CONTRACT, "POST", Backend.path("/api/v1/contracts/{}/change-requests", contractId))
                .json(form.toRequest()).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/change-requests/{}", answer.object().get("id")) + "?done=raised");
        }
        answer.aboutForm();
        FormErrors errors = FieldNames.errors(answer.problem().orElseThrow(), "effective-date-day");
        return pages.show(answer.formStatus(), proposalPage(contract, form, errors, null),
                Section.CHANGE_REQUESTS, contractId);
    }

    TemplateInstance chooseType(Map<String, Object> contract, String selected, FormErrors errors) {
        List<Choice> choices = ChangeRequestWords.TYPES.stream()
                .map(type -> new Choice(type, ChangeRequestWords.type(type), ChangeRequestWords.typeHint(type), type.equals(selected)))
                .toList();
        return chooseType.data("contract", contract).data("choices", choices).data("errors", errors);
    }

    /**
     * The form of a change request's fields, to raise one ({@code editing} null) or edit a draft ({@code editing}
     * the draft as it stands now).
     */
    TemplateInstance proposalPage(Map<String, Object> contract, ProposalForm form, FormErrors errors,
                                  Resource editing) {
        return proposal.data("contract", contract)
                .data("form", form)
                .data("errors", errors)
                .data("editing", editing)
                .data("typeName", ChangeRequestWords.type(form.type))
                .data("baskets", form.isBasketRevision() ? baskets(String.valueOf(contract.get("id")), form.basketVersionId) : null);
    }

    /** The contract's basket versions from performance-service, or null when they cannot be read (an input instead). */
    private List<BasketOption> baskets(String contractId, String selected) {
        ApiAnswer answer = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/baskets", contractId));
        if (!answer.succeeded() || answer.list().isEmpty()) {
            return null;
        }
        List<BasketOption> options = new ArrayList<>();
        for (Object element : answer.list()) {
            if (element instanceof Map<?, ?> basket && basket.get("id") != null) {
                String id = basket.get("id").toString();
                String label = "Version " + basket.get("number") + " (" + io.sdc.portal.web.Formats.words(basket.get("status")) + ")";
                options.add(new BasketOption(id, label, id.equals(selected)));
            }
        }
        return options;
    }

    Map<String, Object> contract(String contractId) {
        ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId));
        if (answer.status() == 400) {
            // Not an id the service could know: there is no such page.
            throw new io.sdc.portal.api.ApiRefusal(new io.sdc.portal.api.Problem(404, "about:blank", "Not found",
                    "There is no such contract.", List.of()));
        }
        return answer.orRefuse().object();
    }

    private void requireMayRaise() {
        if (!changeRequests.mayRaise()) {
            throw ChangeRequests.forbidden("Only the council's commissioners and the trust's staff raise change requests.");
        }
    }

    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page == null ? "1" : page.strip());
            return number < 1 || number > 100_000 ? 1 : number;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
