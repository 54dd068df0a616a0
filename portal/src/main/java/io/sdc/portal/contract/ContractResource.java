package io.sdc.portal.contract;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Section;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contract's pages, read-only for every role: the contracts, one contract's terms, parties, years, statutory
 * directions and scope; its scope on a chosen date; its numbered versions, one version, and what changed between two;
 * its annual reviews. Everything shown is what contract-service answers, as the signed-in person.
 */
@Path("/contracts")
public class ContractResource extends PortalPage {

    private static final ZoneId UK = ZoneId.of("Europe/London");


    @Location("contract/list.html")
    Template list;
    @Location("contract/contract.html")
    Template contractPage;
    @Location("contract/scope.html")
    Template scopePage;
    @Location("contract/versions.html")
    Template versionsPage;
    @Location("contract/version.html")
    Template versionPage;
    @Location("contract/compare.html")
    Template comparePage;
    @Location("contract/annual-reviews.html")
    Template reviewsPage;

    @GET
    public Response contracts() {
        person.require();
        List<Map<String, Object>> contracts = ApiAnswer.maps(backend.get(Service.CONTRACT, "/api/v1/contracts" + Backend.query("size", 200))
                .orRefuse().list());
        return pages.show(list.data("contracts", contracts), Section.CONTRACT, contracts.size() == 1
                ? String.valueOf(contracts.get(0).get("id")) : null);
    }

    @GET
    @Path("/{id}")
    public Response contract(@PathParam("id") String id) {
        person.require();
        Map<String, Object> contract = read(id);
        String commencement = string(contract.get("commencementDate"));
        String expiry = string(contract.get("expiryDate"));
        Map<String, Object> today = years(id, null);
        Map<String, Object> first = commencement == null ? Map.of() : years(id, commencement);
        Map<String, Object> last = expiry == null ? Map.of() : years(id, expiry);
        List<Map<String, Object>> versions = versionsOrNone(id);
        Map<String, Object> latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        return pages.show(contractPage.data("contract", contract)
                .data("years", new Years(today, first, last))
                .data("latestVersion", latest)
                .data("mayReadHistory", mayReadHistory()), Section.CONTRACT, id);
    }

    /**
     * The scope on a date: {@code ?on=2016-04-01}, or the date input's day, month and year (then the browser is sent
     * to the {@code ?on=} address), today when neither is given.
     */
    @GET
    @Path("/{id}/scope")
    public Response scope(@PathParam("id") String id, @QueryParam("on") String on, @QueryParam("on-day") String day,
                          @QueryParam("on-month") String month, @QueryParam("on-year") String year, @Context UriInfo uri) {
        person.require();
        Map<String, Object> contract = read(id);
        var asked = uri.getQueryParameters();
        DateField date;
        if (asked.containsKey("on-day") || asked.containsKey("on-month") || asked.containsKey("on-year")) {
            date = DateField.of(DateInput.typed(day, month, year));
            if (date.error() == null) {
                return pages.seeOther(Backend.path("/contracts/{}/scope", id) + Backend.query("on", date.iso()));
            }
        } else if (on != null && !on.isBlank()) {
            date = DateField.ofIso(on.strip());
        } else {
            date = DateField.ofIso(LocalDate.now(UK).toString());
        }
        var page = scopePage.data("contract", contract).data("date", date);
        if (date.error() != null) {
            return pages.show(400, page.data("errors", FormErrors.of(date.firstWrongInput(), date.error()))
                    .data("inScope", null).data("others", List.of()).data("years", Map.of()), Section.CONTRACT, id);
        }
        ApiAnswer scope = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/scope", id) + Backend.query("on", date.iso()));
        if (!scope.succeeded() && scope.status() == 400) {
            FormErrors errors = FormErrors.of(scope.problem().orElseThrow(), Map.of("on", "on-day"), "on-day");
            return pages.show(400, page.data("errors", errors).data("inScope", null).data("others", List.of())
                    .data("years", Map.of()), Section.CONTRACT, id);
        }
        List<Map<String, Object>> inScope = ApiAnswer.maps(scope.orRefuse().list());
        Set<Object> inScopeIds = new HashSet<>();
        inScope.forEach(area -> inScopeIds.add(area.get("id")));
        List<Map<String, Object>> others = ApiAnswer.maps(contract.get("scope")).stream()
                .filter(area -> !inScopeIds.contains(area.get("id"))).toList();
        return pages.show(page.data("errors", FormErrors.none()).data("inScope", inScope).data("others", others)
                .data("years", years(id, date.iso())), Section.CONTRACT, id);
    }

    @GET
    @Path("/{id}/versions")
    public Response versions(@PathParam("id") String id) {
        TemplateInstance page = aboutContract(versionsPage, id);
        List<Map<String, Object>> versions = listed(id, "versions");
        String from = versions.size() > 1 ? string(versions.get(versions.size() - 2).get("number")) : "";
        String to = versions.isEmpty() ? "" : string(versions.get(versions.size() - 1).get("number"));
        return pages.show(page.data("versions", versions).data("errors", FormErrors.none())
                .data("from", from).data("to", to).data("fromNumber", number(from)).data("toNumber", number(to)), Section.CONTRACT, id);
    }

    /** What changed between two versions: the terms that differ, and the service areas added, removed or re-dated. */
    @GET
    @Path("/{id}/versions/compare")
    public Response compare(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        TemplateInstance page = aboutContract(comparePage, id);
        List<Map<String, Object>> versions = listed(id, "versions");
        page.data("versions", versions)
                .data("from", from == null ? "" : from.strip()).data("to", to == null ? "" : to.strip())
                .data("fromNumber", number(from)).data("toNumber", number(to));
        if (versions.size() < 2) {
            return pages.show(page.data("errors", FormErrors.none()).data("comparison", null), Section.CONTRACT, id);
        }
        Optional<Map<String, Object>> before = version(versions, from);
        Optional<Map<String, Object>> after = version(versions, to);
        FormErrors errors = FormErrors.none();
        if (before.isEmpty()) {
            errors = FormErrors.of("from", blank(from) ? "Select the version to compare from"
                    : "There is no version " + from.strip() + " of this contract: select one of its versions to compare from");
        } else if (after.isEmpty()) {
            errors = FormErrors.of("to", blank(to) ? "Select the version to compare to"
                    : "There is no version " + to.strip() + " of this contract: select one of its versions to compare to");
        } else if (before.get() == after.get()) {
            errors = FormErrors.of("to", "Select a version to compare to that is not the version you compare from");
        }
        if (errors.any()) {
            return pages.show(400, page.data("errors", errors).data("comparison", null), Section.CONTRACT, id);
        }
        return pages.show(page.data("errors", errors).data("comparison", VersionComparison.of(before.get(), after.get(), versions)),
                Section.CONTRACT, id);
    }

    @GET
    @Path("/{id}/versions/{number}")
    public Response version(@PathParam("id") String id, @PathParam("number") String number) {
        TemplateInstance page = aboutContract(versionPage, id);
        Map<String, Object> version = found(backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/versions/{}", id, number)),
                "version of this contract").object();
        List<Map<String, Object>> versions = versionsOrNone(id);
        String previous = null;
        String next = null;
        for (int i = 0; i < versions.size(); i++) {
            if (Objects.equals(string(versions.get(i).get("number")), string(version.get("number")))) {
                previous = i > 0 ? string(versions.get(i - 1).get("number")) : null;
                next = i + 1 < versions.size() ? string(versions.get(i + 1).get("number")) : null;
            }
        }
        return pages.show(page.data("version", version)
                .data("previous", previous).data("next", next), Section.CONTRACT, id);
    }

    @GET
    @Path("/{id}/annual-reviews")
    public Response annualReviews(@PathParam("id") String id) {
        return pages.show(aboutContract(reviewsPage, id).data("reviews", listed(id, "annual-reviews")), Section.CONTRACT, id);
    }

    /** A page about the contract {@code id} for the person signed in: the contract as read, as {@code contract}. */
    private TemplateInstance aboutContract(Template page, String id) {
        person.require();
        return page.data("contract", read(id));
    }

    /** The contract's versions, oldest first; none when they cannot be read (its pages show what they can without them). */
    private List<Map<String, Object>> versionsOrNone(String id) {
        return ApiAnswer.maps(backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/versions", id)).list());
    }

    /** What the contract lists under {@code what} (its versions, its annual reviews), in the API's order. */
    private List<Map<String, Object>> listed(String id, String what) {
        return ApiAnswer.maps(backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/" + what, id)).orRefuse().list());
    }

    private Map<String, Object> read(String id) {
        return found(backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", id)), "contract").object();
    }

    /**
     * A read of what the page's address names: an address the service cannot read as an id or number (400) names
     * nothing, so it is a page not found; other refusals are their own error pages.
     */
    static ApiAnswer found(ApiAnswer answer, String what) {
        if (answer.status() == 400) {
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found",
                    "There is no " + what + " at this address. " + answer.problem().map(Problem::message).orElse(""), List.of()));
        }
        return answer.orRefuse();
    }

    /** The contract year and financial year of a date (today when null), or nothing when the service does not say. */
    private Map<String, Object> years(String id, String date) {
        ApiAnswer years = backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}/years", id) + Backend.query("date", date));
        return years.succeeded() ? years.object() : Map.of();
    }

    /** Whether the person may read the audit history (the services answer it to commissioners, auditors and admins). */
    private boolean mayReadHistory() {
        return person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN);
    }

    private static Optional<Map<String, Object>> version(List<Map<String, Object>> versions, String number) {
        if (blank(number)) {
            return Optional.empty();
        }
        return versions.stream().filter(version -> number.strip().equals(string(version.get("number")))).findFirst();
    }

    /** A version number typed or chosen, as the API's numbers arrive (a decimal), or null when it is none. */
    private static java.math.BigDecimal number(String text) {
        try {
            return blank(text) ? null : new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String string(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The contract's years as contract-service names them: those of today, of the commencement date (the first) and
     * of the expiry date (the last).
     */
    @TemplateData
    public record Years(Map<String, Object> today, Map<String, Object> first, Map<String, Object> last) {

        /** "1 October to 30 September": the days each contract year runs, from the first one. */
        public String contractYearRuns() {
            return runs(first.get("contractYear"));
        }

        public String financialYearRuns() {
            return runs(first.get("financialYear"));
        }

        private static String runs(Object year) {
            if (!(year instanceof Map<?, ?> period)) {
                return "";
            }
            return dayAndMonth(period.get("start")) + " to " + dayAndMonth(period.get("end"));
        }
    }

    static String dayAndMonth(Object isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate.toString()).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK));
        } catch (DateTimeParseException notADate) {
            return isoDate.toString();
        }
    }

    /**
     * The date asked for in the scope form, with what is wrong with it in the design system's words for date inputs
     * (its input marking the parts that are wrong); {@code iso} is the date when it is one.
     */
    @TemplateData
    public record DateField(DateInput input, String iso, String error) {

        static DateField of(DateInput typed) {
            List<String> missing = typed.missing();
            if (missing.size() == DateInput.PARTS.size()) {
                return refused(typed, DateInput.PARTS, "Enter the date to see the scope on");
            }
            if (!missing.isEmpty()) {
                return refused(typed, missing, "The date must include a " + String.join(" and a ", missing));
            }
            if (typed.year().length() != 4) {
                return refused(typed, List.of("year"), "The year must include 4 numbers");
            }
            return typed.date().map(date -> new DateField(typed, date.toString(), null))
                    .orElseGet(() -> refused(typed, DateInput.PARTS, "The date must be a real date"));
        }

        static DateField ofIso(String iso) {
            DateInput input = DateInput.ofIso(iso);
            return input.unreadable() ? refused(input, DateInput.PARTS, "The date must be a real date, for example 1 4 2016")
                    : new DateField(input, input.date().orElseThrow().toString(), null);
        }

        private static DateField refused(DateInput input, List<String> wrong, String error) {
            return new DateField(input.withWrong(wrong), null, error);
        }

        String firstWrongInput() {
            return "on-" + input.wrong().get(0);
        }
    }
}
