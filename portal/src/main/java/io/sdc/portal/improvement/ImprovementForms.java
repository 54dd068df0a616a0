package io.sdc.portal.improvement;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Problem;
import io.sdc.portal.web.DateInput;
import io.sdc.portal.web.FormErrors;
import io.sdc.portal.web.Reasons;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed into the improvement plan's forms, the body each API operation takes, and where each refusal's
 * fields are shown. The rules stay the performance service's: these only carry what was typed.
 */
final class ImprovementForms {

    private ImprovementForms() {
    }

    /** The statuses the improvement board decides, in the order of its closing table. */
    static final List<String> RECOMMENDATION_STATUSES = ImprovementPlanPage.STATUSES;
    /** The statuses an action's owner reports with its progress. */
    static final List<String> REPORTED_STATUSES = List.of("NOT_STARTED", "ON_TRACK", "AT_RISK");
    static final String OTHER_BODY = "MONITORED_BY_OTHER_BODY";

    /** A form shown again beside the API's refusal of it: the refusal beside its inputs, and the ETag it sends next. */
    interface Refusable {
        FormErrors errors(Problem refusal);

        /** After a refusal for a stale or missing ETag: the one read now, sent when the form is sent again. */
        default void sendNext(String etag) {
        }

        /** After a refusal, with the ETag of what the form changes as read now: sent next when the one sent was stale or missing. */
        default void afterRefusal(ApiAnswer refusal, String etagNow) {
            if (refusal.wantsCurrentEtag()) {
                sendNext(etagNow);
            }
        }
    }

    /** A form that changes what it was read as, sending back the ETag it was read with as If-Match. */
    public abstract static class Change implements Refusable {
        @RestForm public String etag;

        @Override
        public void sendNext(String etag) {
            this.etag = etag;
        }
    }

    /** The commissioner's confirmation that an action is complete: nothing typed but the confirmation itself. */
    @TemplateData
    public static class Completion extends Change {

        static Completion of(String etag) {
            Completion form = new Completion();
            form.sendNext(etag);
            return form;
        }

        /** Nothing typed to keep: shown again after any refusal, it confirms the action as read now. */
        @Override
        public void afterRefusal(ApiAnswer refusal, String etagNow) {
            sendNext(etagNow);
        }

        @Override
        public FormErrors errors(Problem refusal) {
            return FormErrors.of(refusal, Map.of(), "confirm");
        }
    }

    /** The description of an evidence file attached to an action; the file itself is sent as uploaded. */
    @TemplateData
    public record Evidence(String description) implements Refusable {

        static Evidence typed(String description) {
            return new Evidence(description == null ? "" : description.strip());
        }

        @Override
        public FormErrors errors(Problem refusal) {
            return FormErrors.of(refusal, Map.of("description", "description"), "file");
        }
    }

    /** The board's decision on a recommendation's status ({@code StatusDecisionRequest}). */
    @TemplateData
    public static class Decision extends Change {
        @RestForm public String status;
        @RestForm("monitoring-body") public String monitoringBody;
        @RestForm("decided-on-day") public String decidedDay;
        @RestForm("decided-on-month") public String decidedMonth;
        @RestForm("decided-on-year") public String decidedYear;
        @RestForm public String reason;

        static Decision fresh(String etag) {
            Decision form = new Decision();
            form.sendNext(etag);
            return form;
        }

        public DateInput decidedOn() {
            return DateInput.typed(decidedDay, decidedMonth, decidedYear);
        }

        /** The body: the body's name only for a recommendation passed to another accountable body; no date means today. */
        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", blankToNull(status));
            body.put("monitoringBody", OTHER_BODY.equals(status) ? blankToNull(monitoringBody) : null);
            body.put("decidedOn", decidedOn().iso());
            body.put("reason", blankToNull(reason));
            return body;
        }

        /**
         * The refusal beside its inputs. A refusal that names no field of a decision for another accountable body
         * given without its name is about that name: it is shown beside the name's input.
         */
        @Override
        public FormErrors errors(Problem refusal) {
            Problem problem = asked(Reasons.asked(refusal, "Enter the reason for the board's decision"), Map.of(
                    "status", "Select what the board decided",
                    "decidedOn", "The date of the board's decision must be a real date, for example 14 1 2016"));
            if (problem.violations().isEmpty() && problem.status() == 400 && OTHER_BODY.equals(status) && blankToNull(monitoringBody) == null) {
                problem = new Problem(problem.status(), problem.type(), problem.title(), problem.detail(),
                        List.of(new Problem.Violation("monitoringBody", problem.message())));
            }
            problem = inOrder(problem, List.of("status", "monitoringBody", "decidedOn", "reason"));
            return FormErrors.of(problem, Map.of("status", "status", "monitoringBody", "monitoring-body",
                    "decidedOn", "decided-on-day", "reason", "reason"), "status");
        }
    }

    /** A new action answering a recommendation ({@code ImprovementActionRequest}). */
    @TemplateData
    public static class NewAction implements Refusable {
        @RestForm public String title;
        @RestForm("owner-party") public String ownerParty;
        @RestForm public String owner;
        @RestForm("due-date-day") public String dueDay;
        @RestForm("due-date-month") public String dueMonth;
        @RestForm("due-date-year") public String dueYear;

        public DateInput dueDate() {
            return DateInput.typed(dueDay, dueMonth, dueYear);
        }

        /** The plan: what is to be done, who owns it and when it is due. */
        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", blankToNull(title));
            body.put("ownerParty", blankToNull(ownerParty));
            body.put("owner", blankToNull(owner));
            body.put("dueDate", dueDate().iso());
            return body;
        }

        @Override
        public FormErrors errors(Problem refusal) {
            Problem problem = asked(refusal, Map.of("title", "Enter what is to be done", "ownerParty", "Select who owns it",
                    "owner", "Enter the person or team that owns it", "dueDate", "Enter the due date as a real date, for example 31 3 2016"));
            problem = inOrder(problem, List.of("title", "ownerParty", "owner", "dueDate"));
            return FormErrors.of(problem, Map.of("title", "title", "ownerParty", "owner-party", "owner", "owner",
                    "dueDate", "due-date-day"), "title");
        }
    }

    /**
     * An action's plan as it is to be ({@code ImprovementActionReplan}): every field sent, those the person may not change
     * as read (the trust changes only the owner of its own actions), with the reason for the change and the ETag of the
     * action as read.
     */
    @TemplateData
    public static class Replan extends NewAction {
        @RestForm public String etag;
        @RestForm public String reason;

        /** The form filled with the action as it is. */
        static Replan of(Map<String, Object> action, String etag) {
            Replan form = new Replan();
            form.sendNext(etag);
            form.title = text(action.get("title"));
            form.ownerParty = text(action.get("ownerParty"));
            form.owner = text(action.get("owner"));
            DateInput due = DateInput.ofIso(text(action.get("dueDate")));
            form.dueDay = due.day();
            form.dueMonth = due.month();
            form.dueYear = due.year();
            return form;
        }

        @Override
        public void sendNext(String etag) {
            this.etag = etag;
        }

        @Override
        Map<String, Object> toRequest() {
            Map<String, Object> body = super.toRequest();
            body.put("reason", blankToNull(reason));
            return body;
        }

        @Override
        public FormErrors errors(Problem refusal) {
            Problem problem = asked(Reasons.asked(refusal, "Enter the reason for the change"), Map.of("title", "Enter what is to be done",
                    "owner", "Enter the person or team that owns it", "dueDate", "Enter the due date as a real date, for example 31 3 2016"));
            problem = inOrder(problem, List.of("title", "ownerParty", "owner", "dueDate", "reason"));
            return FormErrors.of(problem, Map.of("title", "title", "ownerParty", "owner-party", "owner", "owner",
                    "dueDate", "due-date-day", "reason", "reason"), "owner");
        }

        private static String text(Object value) {
            return value == null ? "" : String.valueOf(value);
        }
    }

    /** The owner's report of progress on an action ({@code ProgressRequest}): evidence links one per line. */
    @TemplateData
    public static class Progress extends Change {
        @RestForm public String status;
        @RestForm public String commentary;
        @RestForm public String evidence;

        static Progress fresh(String etag) {
            Progress form = new Progress();
            form.sendNext(etag);
            return form;
        }

        /** The body: no status leaves the action's status as it is; each non-empty line of evidence is a link. */
        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("commentary", blankToNull(commentary));
            body.put("status", blankToNull(status));
            body.put("evidence", lines(evidence));
            return body;
        }

        @Override
        public FormErrors errors(Problem refusal) {
            Problem problem = asked(refusal, Map.of("commentary", "Enter what was done"));
            problem = inOrder(problem, List.of("status", "commentary", "evidence"));
            return FormErrors.of(problem, Map.of("commentary", "commentary", "status", "status", "evidence", "evidence"),
                    "commentary");
        }
    }

    /**
     * The refusal in the form's words where a field was left empty or could not be read ("must not be blank", "has the
     * wrong type or format"): {@code asked} gives, per API field, the question the form asks. Other messages stay the API's.
     */
    static Problem asked(Problem problem, Map<String, String> asked) {
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), problem.violations().stream()
                .map(violation -> asked.containsKey(violation.field()) && violation.message() != null
                        && (violation.message().startsWith("must not be") || violation.message().startsWith("has the wrong type"))
                        ? new Problem.Violation(violation.field(), asked.get(violation.field())) : violation)
                .toList());
    }

    /** The violations in the order the form asks its questions ({@code fields}: API field names), as the error summary lists them. */
    static Problem inOrder(Problem problem, List<String> fields) {
        java.util.function.ToIntFunction<Problem.Violation> position = violation -> {
            String field = violation.field() == null ? "" : violation.field().split("[.\\[\\]]+")[0];
            int at = fields.indexOf(field);
            return at < 0 ? fields.size() : at;
        };
        return new Problem(problem.status(), problem.type(), problem.title(), problem.detail(), problem.violations().stream()
                .sorted(java.util.Comparator.comparingInt(position)).toList());
    }

    /** The non-empty lines of a textarea, each without surrounding spaces. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
