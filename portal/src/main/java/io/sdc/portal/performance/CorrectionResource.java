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
import io.sdc.portal.web.Forms;
import io.sdc.portal.web.PortalPage;
import io.sdc.portal.web.Reasons;
import io.sdc.portal.web.Section;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

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

        /** The API's fields (each name, then the input it is typed in) as typed, an empty one as null. */
        Map<String, Object> fields(String... fieldsAndInputs) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fieldsAndInputs.length; i += 2) {
                fields.put(fieldsAndInputs[i], blankToNull(get(fieldsAndInputs[i + 1])));
            }
            return fields;
        }

        /** What was posted: every input, the date of the inputs {@code dateInput}-day, -month and -year, the ETag and the reason. */
        static Typed of(MultivaluedMap<String, String> form, String dateInput) {
            Map<String, String> values = new LinkedHashMap<>();
            form.forEach((input, typed) -> values.put(input, typed.isEmpty() || typed.get(0) == null ? "" : typed.get(0)));
            return new Typed(values, DateInput.typed(form.getFirst(dateInput + "-day"), form.getFirst(dateInput + "-month"),
                    form.getFirst(dateInput + "-year")), form.getFirst("etag"), strip(form.getFirst("reason")));
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
        Typed typed = asRead(read, "date", "inspectorate", "inspectorate", "type", "type",
                "overall-judgement", "overallJudgement", "recommendations", "recommendations");
        return pages.show(inspectionPage(contractId, read.object(), typed, FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/inspections/{id}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctInspection(@PathParam("contractId") String contractId, @PathParam("id") String id,
                                      MultivaluedMap<String, String> form) {
        Typed typed = posted(form, "date", Role.COMMISSIONER, Role.TRUST_PERFORMANCE);
        Map<String, Object> body = typed.fields("inspectorate", "inspectorate", "type", "type", "overallJudgement", "overall-judgement");
        body.put("date", typed.date().iso());
        body.put("areaJudgements", read(contractId, "inspections", id).object().get("areaJudgements"));
        body.put("recommendations", whole(typed.get("recommendations")));
        return correct(contractId, "inspections", id, typed, body, INSPECTION_INPUTS, "inspectorate", this::inspectionPage);
    }

    @GET
    @Path("/milestones/{id}/correction")
    public Response milestone(@PathParam("contractId") String contractId, @PathParam("id") String id) {
        person.require();
        requireMay(Role.COMMISSIONER);
        ApiAnswer read = read(contractId, "milestones", id);
        Typed typed = asRead(read, "dueDate", "title", "title", "target-judgement", "targetJudgement",
                "area", "area", "inspection-type", "inspectionType");
        return pages.show(milestonePage(contractId, read.object(), typed, FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    @POST
    @Path("/milestones/{id}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correctMilestone(@PathParam("contractId") String contractId, @PathParam("id") String id,
                                     MultivaluedMap<String, String> form) {
        Typed typed = posted(form, "due-date", Role.COMMISSIONER);
        Map<String, Object> body = typed.fields("title", "title", "targetJudgement", "target-judgement", "area", "area",
                "inspectionType", "inspection-type");
        body.put("dueDate", typed.date().iso());
        return correct(contractId, "milestones", id, typed, body, MILESTONE_INPUTS, "title", this::milestonePage);
    }

    /** A correction form's page: the record as it is, what the person typed and the errors beside it. */
    @FunctionalInterface
    private interface CorrectionPage {
        TemplateInstance of(String contractId, Map<String, Object> record, Typed typed, FormErrors errors);
    }

    /**
     * Sends the correction of a record ({@code kind}: inspections or milestones) with the ETag and reason typed: after it
     * the list of such records; otherwise the form again beside the refusal (its first input {@code firstInput}), with
     * the record as it is now and, when the ETag sent was stale, the current one.
     */
    private Response correct(String contractId, String kind, String id, Typed typed, Map<String, Object> body,
                             Map<String, String> inputs, String firstInput, CorrectionPage page) {
        body.put("reason", blankToNull(typed.reason()));
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "PUT", Backend.path("/api/v1/contracts/{}/" + kind + "/{}", contractId, id))
                .ifMatch(typed.etag()).reason(typed.reason()).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance/" + kind, contractId) + "?corrected=1");
        }
        ApiAnswer now = refused(answer, contractId, kind, id);
        Typed shown = answer.problem().orElseThrow().isStale() ? withEtag(typed, now) : typed;
        return pages.show(answer.formStatus(), page.of(contractId, now.object(), shown, errors(answer, inputs, firstInput)),
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
        answer.aboutForm();
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

    /** A correction form as posted, once its token, the person signed in and the person's role ({@code roles}) are checked. */
    private Typed posted(MultivaluedMap<String, String> form, String dateInput, Role... roles) {
        forms.check(form.getFirst(Forms.FIELD));
        person.require();
        requireMay(roles);
        return Typed.of(form, dateInput);
    }

    private void requireMay(Role... roles) {
        if (!person.is(roles)) {
            throw new ApiRefusal(new Problem(403, "about:blank", "Forbidden",
                    "Your role may not correct this record.", List.of()));
        }
    }

    /** The form filled with the record as read: its date from {@code dateField}, each input (name, then the record's field) as the record has it. */
    private static Typed asRead(ApiAnswer read, String dateField, String... inputsAndFields) {
        Map<String, Object> record = read.object();
        Object[] values = new Object[inputsAndFields.length];
        for (int i = 0; i + 1 < inputsAndFields.length; i += 2) {
            values[i] = inputsAndFields[i];
            values[i + 1] = record.get(inputsAndFields[i + 1]);
        }
        return new Typed(values(values), DateInput.ofIso(Figures.text(record.get(dateField))), read.etag().orElse(""), "");
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
