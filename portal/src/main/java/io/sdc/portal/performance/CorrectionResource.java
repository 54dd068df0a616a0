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

import java.util.Collections;
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

        /** The record's fields as typed, an empty one as null, and its date as the API reads it. */
        Map<String, Object> fields(Corrected record) {
            Map<String, Object> fields = new LinkedHashMap<>();
            record.inputs.forEach((field, input) -> fields.put(field, blankToNull(get(input))));
            fields.put(record.dateField, date.iso());
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

    /**
     * The records corrected here: where the API keeps them (also the name of their list page), what one is called, who
     * may correct them, the input of the judgement the form offers, and their fields with the inputs they are typed in
     * (each field, then its input, in the form's order; the date apart, in the date input {@code dateInput}).
     */
    enum Corrected {
        INSPECTION("inspections", "inspection", List.of(Role.COMMISSIONER, Role.TRUST_PERFORMANCE), "overall-judgement", "date", "date",
                "inspectorate", "inspectorate", "type", "type", "overallJudgement", "overall-judgement", "recommendations", "recommendations"),
        MILESTONE("milestones", "milestone", List.of(Role.COMMISSIONER), "target-judgement", "dueDate", "due-date",
                "title", "title", "targetJudgement", "target-judgement", "area", "area", "inspectionType", "inspection-type");

        final String kind;
        final String noun;
        final List<Role> roles;
        final String judgementInput;
        final String dateField;
        final String dateInput;
        final Map<String, String> inputs;

        Corrected(String kind, String noun, List<Role> roles, String judgementInput, String dateField, String dateInput,
                  String... fieldsAndInputs) {
            this.kind = kind;
            this.noun = noun;
            this.roles = roles;
            this.judgementInput = judgementInput;
            this.dateField = dateField;
            this.dateInput = dateInput;
            Map<String, String> inputs = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fieldsAndInputs.length; i += 2) {
                inputs.put(fieldsAndInputs[i], fieldsAndInputs[i + 1]);
            }
            this.inputs = Collections.unmodifiableMap(inputs);
        }

        /** The record of a kind in the URL ({@code inspections} or {@code milestones}). */
        static Corrected of(String kind) {
            return INSPECTION.kind.equals(kind) ? INSPECTION : MILESTONE;
        }

        /** The form's first input, where a refusal naming no field leads. */
        String firstInput() {
            return inputs.values().iterator().next();
        }

        /** Where a refusal's fields are shown: each field's input, the date's first part and the reason. */
        Map<String, String> refusalInputs() {
            Map<String, String> all = new LinkedHashMap<>(inputs);
            all.put(dateField, dateInput + "-day");
            all.put("reason", "reason");
            return all;
        }
    }

    /** A correction form as first shown, to a person who may correct the record: its inputs filled as the record is now. */
    @GET
    @Path("/{kind: inspections|milestones}/{id}/correction")
    public Response form(@PathParam("contractId") String contractId, @PathParam("kind") String kind, @PathParam("id") String id) {
        Corrected record = Corrected.of(kind);
        requireMay(record);
        ApiAnswer read = read(contractId, record, id);
        return pages.show(page(contractId, record, read.object(), asRead(read, record), FormErrors.none()), Section.PERFORMANCE, contractId);
    }

    /**
     * A correction as posted: the record's fields as typed; an inspection's recommendations as a whole number (or the
     * text, for the API to refuse) and its judgements by area sent back as they are.
     */
    @POST
    @Path("/{kind: inspections|milestones}/{id}/correction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("contractId") String contractId, @PathParam("kind") String kind, @PathParam("id") String id,
                            MultivaluedMap<String, String> form) {
        Corrected record = Corrected.of(kind);
        Typed typed = posted(form, record);
        Map<String, Object> body = typed.fields(record);
        if (record == Corrected.INSPECTION) {
            body.put("recommendations", whole(typed.get("recommendations")));
            body.put("areaJudgements", read(contractId, record, id).object().get("areaJudgements"));
        }
        return correct(contractId, record, id, typed, body);
    }

    /**
     * Sends the correction of a record with the ETag and reason typed: after it the list of such records; otherwise the
     * form again beside the refusal, with the record as it is now and, when the ETag sent was stale, the current one.
     */
    private Response correct(String contractId, Corrected record, String id, Typed typed, Map<String, Object> body) {
        body.put("reason", blankToNull(typed.reason()));
        ApiAnswer answer = backend.call(Service.PERFORMANCE, "PUT", Backend.path("/api/v1/contracts/{}/" + record.kind + "/{}", contractId, id))
                .ifMatch(typed.etag()).reason(typed.reason()).json(body).send();
        if (answer.succeeded()) {
            return pages.seeOther(Backend.path("/contracts/{}/performance/" + record.kind, contractId) + "?corrected=1");
        }
        ApiAnswer now = refused(answer, contractId, record, id);
        Typed shown = answer.problem().orElseThrow().isStale() ? withEtag(typed, now) : typed;
        return pages.show(answer.formStatus(), page(contractId, record, now.object(), shown, errors(answer, record)),
                Section.PERFORMANCE, contractId);
    }

    /** A correction form's page: the record as it is, what the person typed and the errors beside it. */
    private TemplateInstance page(String contractId, Corrected record, Map<String, Object> fields, Typed typed, FormErrors errors) {
        TemplateInstance page = record == Corrected.INSPECTION
                ? inspectionForm.instance().data("areas", ApiAnswer.maps(fields.get("areaJudgements")))
                : milestoneForm.instance();
        return api.common(page, contractId, record.kind).data(record.noun, fields).data("typed", typed)
                .data("judgements", judgements(typed.get(record.judgementInput))).data("errors", errors);
    }

    static List<Judgement> judgements(String chosen) {
        return JUDGEMENTS.stream().map(value -> new Judgement(value, Figures.judgement(value), value.equals(chosen))).toList();
    }

    /** The record as it is now, or the error page when there is none (or the person may not read it). */
    private ApiAnswer read(String contractId, Corrected record, String id) {
        ApiAnswer answer = api.get(Backend.path("/api/v1/contracts/{}/" + record.kind + "/{}", contractId, id));
        if (answer.status() == 400) {
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found", "There is no such record.", List.of()));
        }
        return answer.orRefuse();
    }

    /** A refusal about the form: the record as it is now, to show beside the form; any other refusal is its error page. */
    private ApiAnswer refused(ApiAnswer answer, String contractId, Corrected record, String id) {
        answer.aboutForm();
        return read(contractId, record, id);
    }

    private static FormErrors errors(ApiAnswer answer, Corrected record) {
        Problem problem = answer.problem().orElseThrow();
        return FormErrors.ofChange(Reasons.asked(problem, "Enter the reason for the correction: it is kept in the audit history"),
                record.refusalInputs(), record.firstInput());
    }

    private static Typed withEtag(Typed typed, ApiAnswer now) {
        return new Typed(typed.values(), typed.date(), now.etag().orElse(""), typed.reason());
    }

    /** A correction form as posted, once its token, the person signed in and the person's role are checked. */
    private Typed posted(MultivaluedMap<String, String> form, Corrected record) {
        forms.check(form.getFirst(Forms.FIELD));
        requireMay(record);
        return Typed.of(form, record.dateInput);
    }

    /** Refuses anyone but a person signed in in a role that corrects such records. */
    private void requireMay(Corrected record) {
        person.require();
        if (!person.is(record.roles.toArray(Role[]::new))) {
            throw new ApiRefusal(new Problem(403, "about:blank", "Forbidden",
                    "Your role may not correct this record.", List.of()));
        }
    }

    /** The form filled with the record as read: each input as the record has its field, and the record's date. */
    private static Typed asRead(ApiAnswer read, Corrected record) {
        Map<String, Object> fields = read.object();
        Map<String, String> values = new LinkedHashMap<>();
        record.inputs.forEach((field, input) -> values.put(input, fields.get(field) == null ? "" : String.valueOf(fields.get(field))));
        return new Typed(values, DateInput.ofIso(Figures.text(fields.get(record.dateField))), read.etag().orElse(""), "");
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
