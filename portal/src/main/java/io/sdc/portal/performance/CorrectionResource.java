package io.sdc.portal.performance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corrections of an inspection (by the commissioner or the trust's performance staff) and of a milestone (by the
 * commissioner): the record's fields as they are now, changed and sent with the ETag read when the form was shown
 * (If-Match) and the required reason, which the audit history keeps with the record before and after. Nothing is
 * deleted. An inspection's judgements by area are sent back as they are.
 */
@Path("/contracts/{contractId}/performance")
public class CorrectionResource extends PortalPage {

    /** The judgements, worst first, as the API names them. */
    static final List<String> JUDGEMENTS = List.of("INADEQUATE", "REQUIRES_IMPROVEMENT", "GOOD", "OUTSTANDING");

    private static final Map<String, String> INSPECTION_INPUTS = Map.of("inspectorate", "inspectorate", "type", "type",
            "date", "date-day", "overallJudgement", "overall-judgement", "recommendations", "recommendations", "reason", "reason");
    private static final Map<String, String> MILESTONE_INPUTS = Map.of("title", "title", "targetJudgement", "target-judgement",
            "dueDate", "due-date-day", "area", "area", "inspectionType", "inspection-type", "reason", "reason");

    @Inject
    PerformanceApi api;

    @Location("performance/correct-inspection.html")
    Template inspectionForm;
    @Location("performance/correct-milestone.html")
    Template milestoneForm;

    /** What the person typed: the record's fields by input name, the ETag and the reason. */
    @TemplateData
    public record Typed(Map<String, String> values, DateInput date, String etag, String reason) {
        public String get(String input) {
            return values.getOrDefault(input, "");
        }
    }

    /** A judgement the form offers, and whether it is the one chosen. */
    @TemplateData
    public record Judgement(String value, String label, boolean selected) {
    }

    @GET
    @Path("/inspections/{id}/correction")
    public Response inspection(@PathParam("contractId") String contractId, @PathParam("id") String id) {
        person.require();
        requireMay(Role.COMMISSIONER, Role.TRUST_PERFORMANCE);
        ApiAnswer read = read(contractId, "inspections", id);
        Map<String, Object> inspection = read.object();
        Typed typed = new Typed(values("inspectorate", inspection.get("inspectorate"), "type", inspection.get("type"),
                "overall-judgement", inspection.get("overallJudgement"), "recommendations", inspection.get("recommendations")),
                DateInput.ofIso(Figures.text(inspection.get("date"))), read.etag().orElse(""), "");
        return pages.show(inspectionPage(contractId, inspection, typed, FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/inspections/{id}/correction")
    public Response correctInspection(@PathParam("contractId") String contractId, @PathParam("id") String id,
                                      @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                                      @RestForm("inspectorate") String inspectorate, @RestForm("type") String type,
                                      @RestForm("date-day") String day, @RestForm("date-month") String month,
                                      @RestForm("date-year") String year, @RestForm("overall-judgement") String overall,
                                      @RestForm("recommendations") String recommendations, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        requireMay(Role.COMMISSIONER, Role.TRUST_PERFORMANCE);
        Typed typed = new Typed(values("inspectorate", inspectorate, "type", type, "overall-judgement", overall,
                "recommendations", recommendations), DateInput.typed(day, month, year), etag, strip(reason));
        Map<String, Object> before = read(contractId, "inspections", id).object();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspectorate", blankToNull(inspectorate));
        body.put("type", blankToNull(type));
        body.put("date", typed.date().iso());
        body.put("overallJudgement", blankToNull(overall));
        body.put("areaJudgements", before.get("areaJudgements"));
        body.put("recommendations", whole(recommendations));
        body.put("reason", blankToNull(reason));
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "PUT", Backend.path("/api/v1/contracts/{}/inspections/{}", contractId, id))
                .ifMatch(etag).reason(typed.reason()).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance/inspections", contractId) + "?corrected=1");
        }
        ApiAnswer now = refused(answer, contractId, "inspections", id);
        Typed shown = answer.problem().orElseThrow().isStale() ? withEtag(typed, now) : typed;
        return pages.show(answer.status() >= 500 ? 502 : answer.status(),
                inspectionPage(contractId, now.object(), shown, errors(answer, INSPECTION_INPUTS, "inspectorate")),
                Section.PERFORMANCE, contractId);
    }

    @GET
    @Path("/milestones/{id}/correction")
    public Response milestone(@PathParam("contractId") String contractId, @PathParam("id") String id) {
        person.require();
        requireMay(Role.COMMISSIONER);
        ApiAnswer read = read(contractId, "milestones", id);
        Map<String, Object> milestone = read.object();
        Typed typed = new Typed(values("title", milestone.get("title"), "target-judgement", milestone.get("targetJudgement"),
                "area", milestone.get("area"), "inspection-type", milestone.get("inspectionType")),
                DateInput.ofIso(Figures.text(milestone.get("dueDate"))), read.etag().orElse(""), "");
        return pages.show(milestonePage(contractId, milestone, typed, FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/milestones/{id}/correction")
    public Response correctMilestone(@PathParam("contractId") String contractId, @PathParam("id") String id,
                                     @RestForm("csrf") String csrf, @RestForm("etag") String etag,
                                     @RestForm("title") String title, @RestForm("target-judgement") String target,
                                     @RestForm("due-date-day") String day, @RestForm("due-date-month") String month,
                                     @RestForm("due-date-year") String year, @RestForm("area") String area,
                                     @RestForm("inspection-type") String inspectionType, @RestForm("reason") String reason) {
        forms.check(csrf);
        person.require();
        requireMay(Role.COMMISSIONER);
        Typed typed = new Typed(values("title", title, "target-judgement", target, "area", area, "inspection-type", inspectionType),
                DateInput.typed(day, month, year), etag, strip(reason));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", blankToNull(title));
        body.put("targetJudgement", blankToNull(target));
        body.put("dueDate", typed.date().iso());
        body.put("area", blankToNull(area));
        body.put("inspectionType", blankToNull(inspectionType));
        body.put("reason", blankToNull(reason));
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "PUT", Backend.path("/api/v1/contracts/{}/milestones/{}", contractId, id))
                .ifMatch(etag).reason(typed.reason()).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance/milestones", contractId) + "?corrected=1");
        }
        ApiAnswer now = refused(answer, contractId, "milestones", id);
        Typed shown = answer.problem().orElseThrow().isStale() ? withEtag(typed, now) : typed;
        return pages.show(answer.status() >= 500 ? 502 : answer.status(),
                milestonePage(contractId, now.object(), shown, errors(answer, MILESTONE_INPUTS, "title")),
                Section.PERFORMANCE, contractId);
    }

    private TemplateInstance inspectionPage(String contractId, Map<String, Object> inspection, Typed typed, FormErrors errors) {
        return api.common(inspectionForm.instance(), contractId, "inspections").data("inspection", inspection)
                .data("typed", typed).data("judgements", judgements(typed.get("overall-judgement")))
                .data("areas", PerformanceApi.maps(inspection.get("areaJudgements"))).data("errors", errors);
    }

    private TemplateInstance milestonePage(String contractId, Map<String, Object> milestone, Typed typed, FormErrors errors) {
        return api.common(milestoneForm.instance(), contractId, "milestones").data("milestone", milestone)
                .data("typed", typed).data("judgements", judgements(typed.get("target-judgement"))).data("errors", errors);
    }

    static List<Judgement> judgements(String chosen) {
        return JUDGEMENTS.stream().map(value -> new Judgement(value, Figures.judgement(value), value.equals(chosen))).toList();
    }

    /** The record as it is now, or the error page when there is none (or the person may not read it). */
    private ApiAnswer read(String contractId, String kind, String id) {
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/" + kind + "/{}", contractId, id));
        if (answer.status() == 400) {
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found", "There is no such record.", List.of()));
        }
        return answer.orRefuse();
    }

    /** A refusal about the form: the record as it is now, to show beside the form; any other refusal is its error page. */
    private ApiAnswer refused(ApiAnswer answer, String contractId, String kind, String id) {
        if (answer.status() == 401 || answer.status() == 403 || answer.status() == 404) {
            answer.orRefuse();
        }
        return read(contractId, kind, id);
    }

    private static FormErrors errors(ApiAnswer answer, Map<String, String> inputs, String firstInput) {
        Problem problem = answer.problem().orElseThrow();
        return FormErrors.of(Reasons.asked(problem, "Enter the reason for the correction: it is kept in the audit history"),
                inputs, problem.isStale() ? "current-state" : firstInput);
    }

    private static Typed withEtag(Typed typed, ApiAnswer now) {
        return new Typed(typed.values(), typed.date(), now.etag().orElse(""), typed.reason());
    }

    private void requireMay(Role... roles) {
        if (!person.is(roles)) {
            throw new ApiRefusal(new Problem(403, "about:blank", "Forbidden",
                    "Your role may not correct this record.", List.of()));
        }
    }

    private static Map<String, String> values(Object... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1] == null ? "" : String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A whole number as typed, or the text itself for the API to refuse naming the field. */
    private static Object whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notWhole) {
            return text.strip();
        }
    }
}
