package io.sdc.portal.performance;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.sdc.portal.api.ApiAnswer;
import io.sdc.portal.api.Backend;
import io.sdc.portal.api.Service;
import io.sdc.portal.session.CurrentPerson;
import io.sdc.portal.session.Role;
import io.sdc.portal.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every performance page reads: the contract (for its title), the indicators' definitions, the periods that have
 * observations, and the links between the performance pages the signed-in person may use.
 */
@RequestScoped
public class PerformanceApi {

    @Inject
    Backend backend;
    @Inject
    CurrentPerson person;

    private Map<String, Map<String, Object>> indicators;

    /** The contract, or the error page when it does not exist or may not be read. */
    Map<String, Object> contract(String contractId) {
        return backend.get(Service.CONTRACT, Backend.path("/api/v1/contracts/{}", contractId)).orRefuse().object();
    }

    /** Every indicator's definition, by code. */
    Map<String, Map<String, Object>> indicators() {
        if (indicators == null) {
            indicators = new LinkedHashMap<>();
            for (Object indicator : backend.get(Service.PERFORMANCE, "/api/v1/indicators").orRefuse().list()) {
                if (indicator instanceof Map<?, ?> definition && definition.get("code") != null) {
                    indicators.put(definition.get("code").toString(), cast(definition));
                }
            }
        }
        return indicators;
    }

    /** One indicator's definition as the API reads it, or the error page when there is no such indicator. */
    Map<String, Object> readIndicator(String code) {
        return backend.get(Service.PERFORMANCE, Backend.path("/api/v1/indicators/{}", code)).orRefuse().object();
    }

    /** A GET of the performance API, refusals included. */
    ApiAnswer get(String pathAndQuery) {
        return backend.get(Service.PERFORMANCE, pathAndQuery);
    }

    /** A GET of the contract API, refusals included. */
    ApiAnswer getContract(String pathAndQuery) {
        return backend.get(Service.CONTRACT, pathAndQuery);
    }

    Map<String, Object> indicator(String code) {
        return indicators().getOrDefault(code, Map.of());
    }

    /** The current observations (optionally of one indicator), as the API lists them. */
    List<Map<String, Object>> observations(String contractId, String indicator) {
        List<Map<String, Object>> observations = new ArrayList<>();
        ApiAnswer answer = backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/observations", contractId)
                + Backend.query("indicator", indicator)).orRefuse();
        for (Object observation : answer.list()) {
            if (observation instanceof Map<?, ?> map) {
                observations.add(cast(map));
            }
        }
        return observations;
    }

    /** The periods that have observations, earliest first. */
    List<String> periods(List<Map<String, Object>> observations) {
        return Periods.inOrder(observations.stream().map(observation -> observation.get("period"))
                .filter(Objects::nonNull).map(Object::toString).toList());
    }

    ApiAnswer scorecard(String contractId, String period) {
        return scorecard(contractId, period, false);
    }

    /** The scorecard of a period; with {@code validatedOnly} from the council's validated figures alone. */
    ApiAnswer scorecard(String contractId, String period, boolean validatedOnly) {
        return backend.get(Service.PERFORMANCE, Backend.path("/api/v1/contracts/{}/scorecard", contractId)
                + Backend.query("period", period, "validated", validatedOnly ? "true" : null));
    }

    /** Whether the person may read audit history (the services' audit operations). */
    boolean mayReadHistory() {
        return person.is(Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN);
    }

    /** Whether the person submits the trust's observations. */
    boolean submitsObservations() {
        return person.is(Role.TRUST_PERFORMANCE);
    }

    /** The page's data every performance template reads: the contract's title and the performance pages' links. */
    public TemplateInstance common(TemplateInstance page, String contractId, String current) {
        Map<String, Object> contract = contract(contractId);
        return page.data("contractTitle", contract.getOrDefault("title", ""))
                .data("performanceLinks", links(contractId, current))
                .data("mayReadHistory", mayReadHistory())
                .data("submitsObservations", submitsObservations());
    }

    private List<Link> links(String contractId, String current) {
        String base = Backend.path("/contracts/{}/performance", contractId);
        List<Link> links = new ArrayList<>();
        links.add(new Link("Scorecard", base, "scorecard".equals(current)));
        links.add(new Link("Contract-year summary", base + "/summary", "summary".equals(current)));
        links.add(new Link("Basket versions", base + "/baskets", "baskets".equals(current)));
        links.add(new Link("Inspections", base + "/inspections", "inspections".equals(current)));
        links.add(new Link("Milestones", base + "/milestones", "milestones".equals(current)));
        links.add(new Link("Improvement plan", Backend.path("/contracts/{}/improvement", contractId), "improvement".equals(current)));
        links.add(new Link(person.is(Role.COMMISSIONER) ? "Figures to validate" : "Submitted figures", base + "/figures",
                "figures".equals(current)));
        if (submitsObservations()) {
            links.add(new Link("Enter observations", base + "/observations/new", "new".equals(current)));
            links.add(new Link("Upload observations", base + "/observations/upload", "upload".equals(current)));
        }
        return links;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** A link between the performance pages; {@code current} marks the page shown. */
    @TemplateData
    public record Link(String label, String href, boolean current) {
    }

    /** An option of a select. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * One of the labels there are (earliest first, such as periods or contract years) chosen for a page: the one asked
     * for, else the latest (none when there are none); the select's options newest first, with one asked for that is
     * not among them first.
     */
    record Choice(String chosen, List<Option> options) {
        static Choice of(List<String> labels, String asked) {
            String chosen = asked == null || asked.isBlank() ? (labels.isEmpty() ? null : labels.get(labels.size() - 1)) : asked.strip();
            List<Option> options = new ArrayList<>();
            for (String label : labels) {
                options.add(0, new Option(label, label, label.equals(chosen)));
            }
            if (chosen != null && !labels.contains(chosen)) {
                options.add(0, new Option(chosen, chosen, true));
            }
            return new Choice(chosen, options);
        }
    }

    /**
     * The service's refusal of what was chosen (400 or 404) as the message beside the choice's {@code input}; none when
     * the service answered; any other refusal is its error page.
     */
    static FormErrors refusedChoice(ApiAnswer answer, String input) {
        if (answer.succeeded()) {
            return FormErrors.none();
        }
        if (answer.status() == 400 || answer.status() == 404) {
            return FormErrors.of(input, answer.problem().orElseThrow().message());
        }
        answer.orRefuse();
        throw new IllegalStateException("A refusal " + answer.status() + " was not answered");
    }
}
