package io.sdc.portal.improvement;

import io.quarkus.qute.TemplateData;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.ApiRefusal;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Problem;
import io.sdc.portal.api.Resource;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.sdc.portal.api.Service.PERFORMANCE;

/**
 * The improvement plan's reads for its pages, as the signed-in person, and which of its forms that person is offered
 * (the README's "Who may do what": the council decides statuses and confirms completion; either party adds actions;
 * the owner's party reports progress). A recommendation or action of another contract than the address names is not
 * found.
 */
@RequestScoped
public class ImprovementApi {

    @Inject
    Backend backend;
    @Inject
    CurrentPerson person;

    Resource recommendation(String contractId, String id) {
        return read(contractId, Backend.path("/api/v1/recommendations/{}", id), "recommendation");
    }

    Resource action(String contractId, String id) {
        return read(contractId, Backend.path("/api/v1/improvement-actions/{}", id), "improvement action");
    }

    Resource review(String contractId, String id) {
        return read(contractId, Backend.path("/api/v1/improvement-reviews/{}", id), "monitoring visit or review");
    }

    /** The monitoring visits and reviews of a plan, as the API lists them; none when they cannot be read. */
    List<Map<String, Object>> reviews(Object planId) {
        ApiAnswer answer = backend.get(PERFORMANCE, Backend.path("/api/v1/improvement-plans/{}/reviews", String.valueOf(planId)));
        return answer.succeeded() ? ApiAnswer.maps(answer.list()) : List.of();
    }

    private Resource read(String contractId, String path, String what) {
        ApiAnswer answer = backend.get(PERFORMANCE, path).orRefuse();
        Map<String, Object> view = answer.object();
        if (!Objects.equals(contractId, String.valueOf(view.get("contractId")))) {
            throw new ApiRefusal(new Problem(404, "about:blank", "Not found", "This contract has no such " + what + ".", List.of()));
        }
        return new Resource(view, answer.etag().orElse(""));
    }

    /** The recommendation as the board sees it (its actions overdue first, its indicators' latest RAG), if the board can be read. */
    Map<String, Object> boardItem(Object planId, String recommendationId) {
        ApiAnswer board = backend.get(PERFORMANCE, Backend.path("/api/v1/improvement-plans/{}/board", String.valueOf(planId)));
        if (!board.succeeded()) {
            return null;
        }
        for (Map<String, Object> item : ApiAnswer.maps(board.object().get("recommendations"))) {
            if (item.get("recommendation") instanceof Map<?, ?> recommendation && recommendationId.equals(String.valueOf(recommendation.get("id")))) {
                return item;
            }
        }
        return null;
    }

    /** The actions answering a recommendation, by due date. */
    List<Map<String, Object>> actions(String recommendationId) {
        return ApiAnswer.maps(backend.get(PERFORMANCE, Backend.path("/api/v1/recommendations/{}/actions", recommendationId))
                .orRefuse().list());
    }

    /** The board's decisions are the council's: commissioners, while the recommendation is not closed. */
    boolean mayDecide(Map<String, Object> recommendation) {
        return person.is(Role.COMMISSIONER) && !"CLOSED".equals(recommendation.get("status"));
    }

    /** Either party adds actions (commissioners, the trust's performance staff); a closed recommendation takes none. */
    boolean mayAddAction(Map<String, Object> recommendation) {
        return person.is(Role.COMMISSIONER, Role.TRUST_PERFORMANCE) && !"CLOSED".equals(recommendation.get("status"));
    }

    /** The owner's party reports progress: the trust's performance staff on the trust's actions, commissioners on the council's. */
    boolean mayReport(Map<String, Object> action) {
        if ("COMPLETE".equals(action.get("status"))) {
            return false;
        }
        return "TRUST".equals(action.get("ownerParty")) ? person.is(Role.TRUST_PERFORMANCE) : person.is(Role.COMMISSIONER);
    }

    /** The council confirms an action complete. */
    boolean mayConfirm(Map<String, Object> action) {
        return person.is(Role.COMMISSIONER) && !"COMPLETE".equals(action.get("status"));
    }

    /** Commissioners re-plan any action; the trust's performance staff the owner of the trust's own; none once complete. */
    boolean mayChange(Map<String, Object> action) {
        if ("COMPLETE".equals(action.get("status"))) {
            return false;
        }
        return person.is(Role.COMMISSIONER) || person.is(Role.TRUST_PERFORMANCE) && "TRUST".equals(action.get("ownerParty"));
    }

    /** Whether the person changes only the owner (the trust's performance staff), the rest being agreed by the council. */
    boolean changesOwnerOnly() {
        return !person.is(Role.COMMISSIONER);
    }

    /** An action's evidence files, oldest first, each with the portal's address that downloads it; none when they cannot be read. */
    List<EvidenceFile> files(String contractId, Object actionId) {
        ApiAnswer answer = backend.get(PERFORMANCE, Backend.path("/api/v1/improvement-actions/{}/evidence", String.valueOf(actionId)));
        if (!answer.succeeded()) {
            return List.of();
        }
        return ApiAnswer.maps(answer.list()).stream().map(file -> new EvidenceFile(file,
                Backend.path("/contracts/{}/improvement/evidence/{}", contractId, String.valueOf(file.get("id"))))).toList();
    }

    /** Who reports progress on the action, for a page that does not offer its form: "the trust's performance staff". */
    static String reporter(Map<String, Object> action) {
        return "TRUST".equals(action.get("ownerParty")) ? "the trust's performance staff" : "the council's commissioners";
    }

    static ApiRefusal forbidden(String detail) {
        return new ApiRefusal(new Problem(403, "about:blank", "Forbidden", detail, List.of()));
    }

    /** An action with what its page shows of it: its progress with evidence links, and the forms offered to this person. */
    @TemplateData
    public record ActionCard(Map<String, Object> action, List<Update> progress, List<EvidenceFile> files, boolean mayReport,
                             boolean mayConfirm, boolean mayChange) {
    }

    /** An evidence file as the API lists it, and where the portal downloads it. */
    @TemplateData
    public record EvidenceFile(Map<String, Object> file, String href) {
    }

    /** A progress update and its evidence, each a link when it is a web address. */
    @TemplateData
    public record Update(Map<String, Object> update, List<Evidence> evidence) {
    }

    /** One piece of evidence: its words, and its address when it is a web address (none otherwise). */
    @TemplateData
    public record Evidence(String text, String href) {
        static Evidence of(String text) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return new Evidence(text, lower.startsWith("https://") || lower.startsWith("http://") ? text : null);
        }
    }

    ActionCard card(Map<String, Object> action) {
        List<Update> updates = new ArrayList<>();
        for (Map<String, Object> update : ApiAnswer.maps(action.get("progress"))) {
            List<Evidence> evidence = update.get("evidence") instanceof List<?> links
                    ? links.stream().map(String::valueOf).map(Evidence::of).toList() : List.of();
            updates.add(new Update(update, evidence));
        }
        return new ActionCard(action, updates, files(String.valueOf(action.get("contractId")), action.get("id")), mayReport(action),
                mayConfirm(action), mayChange(action));
    }
}
