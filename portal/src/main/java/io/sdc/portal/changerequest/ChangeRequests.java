package io.sdc.portal.changerequest;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Resource;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads change requests from contract-service as the signed-in person and says what this person may do with one:
 * the steps its view allows now that the person's role may take (README's "Who may do what").
 */
@RequestScoped
public class ChangeRequests {

    @Inject
    Backend backend;
    @Inject
    CurrentPerson person;

    /** One step of the timeline: what happened, who did it, in which role, when, and what they said. */
    @TemplateData
    public record TimelineEntry(String title, String actor, String role, String at, String comment, String reason,
                                boolean failure) {
    }

    /** One party's signature, or the party still awaited (then without name, role or time). */
    @TemplateData
    public record Signature(String party, String partyName, String name, String role, String position, String at,
                            String comment, boolean awaited) {
    }

    /** The change request, or the error page for the API's refusal (not found, not allowed). */
    public Resource read(String id) {
        ApiAnswer answer = backend.get(Service.CONTRACT, Backend.path("/api/v1/change-requests/{}", id));
        if (answer.status() == 400) {
            // Not an id the service could know: there is no such page.
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found", "There is no such change request.", List.of()));
        }
        answer.orRefuse();
        return new Resource(answer.object(), answer.etag().orElse(""));
    }

    /** Whether the person may raise change requests: the council's commissioners and the trust's staff. */
    public boolean mayRaise() {
        return person.is(Role.COMMISSIONER, Role.TRUST_PERFORMANCE, Role.TRUST_FINANCE);
    }

    /** The steps offered to this person on this change request now, in lifecycle order. */
    public List<Step> offered(Map<String, Object> view) {
        List<Step> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            if (mayTake(step, view) && step.allowedBy(view)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** Whether the person's role may take this kind of step on this change request (whatever its status). */
    public boolean mayTake(Step step, Map<String, Object> view) {
        return switch (step.decider()) {
            case COUNCIL -> person.is(Role.COMMISSIONER);
            case RAISING_PARTY -> ofRaisingParty(view);
            case AWAITED_PARTY -> Step.awaited(view).contains(partySigningFor());
        };
    }

    /** The party the person signs for: COUNCIL (commissioner) or TRUST (trust staff); none for anyone else. */
    public String partySigningFor() {
        if (person.is(Role.COMMISSIONER)) {
            return "COUNCIL";
        }
        return person.is(Role.TRUST_PERFORMANCE, Role.TRUST_FINANCE) ? "TRUST" : "";
    }

    /** The signatures given, oldest first, then the parties still awaited. */
    public List<Signature> signatures(Map<String, Object> view) {
        List<Signature> rows = new ArrayList<>();
        if (view.get("signatures") instanceof List<?> given) {
            for (Object element : given) {
                if (element instanceof Map<?, ?> signature) {
                    rows.add(new Signature(text(signature.get("party")), ChangeRequestWords.signingParty(signature.get("party")),
                            text(signature.get("name")), ChangeRequestWords.role(signature.get("role")),
                            text(signature.get("position")), text(signature.get("signedAt")), text(signature.get("comment")),
                            false));
                }
            }
        }
        for (String party : Step.awaited(view)) {
            rows.add(new Signature(party, ChangeRequestWords.signingParty(party), "", "", "", "", "", true));
        }
        return rows;
    }

    /** Whether the person may edit the change request: a DRAFT, by the party that raised it. */
    public boolean mayEdit(Map<String, Object> view) {
        return "DRAFT".equals(String.valueOf(view.get("status"))) && ofRaisingParty(view);
    }

    private boolean ofRaisingParty(Map<String, Object> view) {
        Object raisedBy = view.get("raisedBy");
        if ("COMMISSIONER".equals(raisedBy)) {
            return person.is(Role.COMMISSIONER);
        }
        if ("PROVIDER".equals(raisedBy)) {
            return person.is(Role.TRUST_PERFORMANCE, Role.TRUST_FINANCE);
        }
        return false;
    }

    /** Refuses a page for a step the person's role may not take: the 403 page, nothing shown. */
    public void requireMayTake(Step step, Map<String, Object> view) {
        if (!mayTake(step, view)) {
            throw forbidden(step == Step.SUBMISSION || step == Step.WITHDRAWAL
                    ? "Only the party that raised a change request may " + step.action().toLowerCase(java.util.Locale.UK) + " it."
                    : step == Step.SIGNATURE
                    ? "Only a party whose signature is awaited may sign: the commissioner for the council, the trust's staff for the trust."
                    : "Only the council's commissioners decide on change requests.");
        }
    }

    public static ApiRefusal forbidden(String detail) {
        return new ApiRefusal(new Problem(403, "about:blank", "Forbidden", detail, List.of()));
    }

    /**
     * The change request's steps and signatures, oldest first, as the API keeps them. A signature that leaves the other
     * party awaited is a step from SUBMITTED to SUBMITTED: it is shown as that signature, with its signatory.
     */
    public List<TimelineEntry> timeline(Map<String, Object> view) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Signature signature : signatures(view)) {
            if (!signature.awaited()) {
                entries.add(new TimelineEntry("Signed for the " + signature.partyName().toLowerCase(java.util.Locale.UK),
                        signature.name() + (signature.position().isEmpty() ? "" : ", " + signature.position()),
                        signature.role(), signature.at(), signature.comment(), "", false));
            }
        }
        if (view.get("steps") instanceof List<?> steps) {
            for (Object element : steps) {
                if (!(element instanceof Map<?, ?> step)) {
                    continue;
                }
                Object from = step.get("from");
                Object to = step.get("to");
                if ("SUBMITTED".equals(from) && "SUBMITTED".equals(to)) {
                    continue;
                }
                boolean failure = from != null && Objects.equals(from, to);
                String title = from == null ? "Raised as a draft"
                        : failure ? "Could not be implemented"
                        : ChangeRequestWords.status(to);
                entries.add(new TimelineEntry(title, text(step.get("actor")), ChangeRequestWords.role(step.get("role")),
                        text(step.get("at")), text(step.get("comment")), text(step.get("reason")), failure));
            }
        }
        // Stable: a signature stays before the step it completes when both carry the same instant.
        entries.sort(java.util.Comparator.comparing(entry -> instant(entry.at())));
        return entries;
    }

    private static java.time.Instant instant(String at) {
        try {
            return java.time.Instant.parse(at);
        } catch (RuntimeException notAnInstant) {
            return java.time.Instant.MAX;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
