package io.sdc.portal.report;

import io.sdc.portal.api.Backend;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal page that shows what a report's figure comes from: the report names its source as a service's public
 * API path ({@code performance}, {@code /api/v1/contracts/…/scorecard?period=2015-Q3}), and this finds the page
 * about the same resource (the scorecard of 2015-Q3). A source without such a page has no link.
 */
final class SourceLinks {

    /** One API path pattern of a service, and the portal page it maps to from its path values and query. */
    private record Route(String service, Pattern path, BiFunction<List<String>, Query, String> page) {
    }

    /** The query of a source's path, read as the API reads it. */
    record Query(Map<String, String> parameters, String contractId) {
        String get(String name) {
            return parameters.get(name);
        }
    }

    private static final String ID = "([^/]+)";

    private static final List<Route> ROUTES = List.of(
            // contract-service
            route("contract", "/contracts/" + ID, (ids, q) -> Backend.path("/contracts/{}", ids.get(0))),
            route("contract", "/contracts/" + ID + "/scope", (ids, q) -> Backend.path("/contracts/{}/scope", ids.get(0)) + Backend.query("on", q.get("on"))),
            route("contract", "/contracts/" + ID + "/versions(?:/.*)?", (ids, q) -> Backend.path("/contracts/{}/versions", ids.get(0))),
            route("contract", "/contracts/" + ID + "/change-requests", (ids, q) -> Backend.path("/contracts/{}/change-requests", ids.get(0))),
            route("contract", "/change-requests/" + ID + "(?:/.*)?", (ids, q) -> Backend.path("/change-requests/{}", ids.get(0))),
            route("contract", "/contracts/" + ID + "/annual-reviews", (ids, q) -> Backend.path("/contracts/{}/annual-reviews", ids.get(0))),
            route("contract", "/annual-reviews/" + ID, (ids, q) -> Backend.path("/annual-reviews/{}", ids.get(0))),
            // performance-service
            route("performance", "/contracts/" + ID + "/scorecard", (ids, q) -> Backend.path("/contracts/{}/performance", ids.get(0)) + Backend.query("period", q.get("period"))),
            route("performance", "/contracts/" + ID + "/performance-summary", (ids, q) -> Backend.path("/contracts/{}/performance/summary", ids.get(0)) + Backend.query("contractYear", q.get("contractYear"))),
            route("performance", "/contracts/" + ID + "/inspections(?:/[^/]+)?", (ids, q) -> Backend.path("/contracts/{}/performance/inspections", ids.get(0))),
            route("performance", "/contracts/" + ID + "/milestones(?:/[^/]+)?", (ids, q) -> Backend.path("/contracts/{}/performance/milestones", ids.get(0)) + Backend.query("asOf", q.get("asOf"))),
            route("performance", "/contracts/" + ID + "/observations", (ids, q) -> q.get("indicator") == null
                    ? Backend.path("/contracts/{}/performance", ids.get(0)) + Backend.query("period", q.get("period"))
                    : Backend.path("/contracts/{}/performance/indicators/{}", ids.get(0), q.get("indicator"))),
            route("performance", "/contracts/" + ID + "/baskets(?:/.*)?", (ids, q) -> Backend.path("/contracts/{}/performance/baskets", ids.get(0))),
            route("performance", "/contracts/" + ID + "/improvement-plans(?:/.*)?", (ids, q) -> Backend.path("/contracts/{}/improvement", ids.get(0))),
            route("performance", "/(?:improvement-plans|recommendations|improvement-actions)/[^/]+(?:/.*)?", (ids, q) -> q.contractId() == null ? null
                    : Backend.path("/contracts/{}/improvement", q.contractId())),
            route("performance", "/indicators/" + ID + "(?:/.*)?", (ids, q) -> q.contractId() == null ? null
                    : Backend.path("/contracts/{}/performance/indicators/{}", q.contractId(), ids.get(0))),
            // finance-service
            route("finance", "/contracts/" + ID + "/budgets", (ids, q) -> Backend.path("/contracts/{}/finance", ids.get(0))),
            route("finance", "/contracts/" + ID + "/risk-share(?:/.*)?", (ids, q) -> Backend.path("/contracts/{}/finance/risk-share", ids.get(0))),
            route("finance", "/budgets/" + ID + "(?:/(?:lines|funding|status)(?:/.*)?)?", (ids, q) -> Backend.path("/budgets/{}", ids.get(0))),
            route("finance", "/budgets/" + ID + "/adjustments", (ids, q) -> Backend.path("/budgets/{}", ids.get(0))),
            route("finance", "/budgets/" + ID + "/adjustments/" + ID + "(?:/.*)?", (ids, q) -> Backend.path("/budgets/{}/adjustments/{}", ids.get(0), ids.get(1))),
            route("finance", "/budgets/" + ID + "/outturn(?:/.*)?", (ids, q) -> Backend.path("/budgets/{}/outturn", ids.get(0))),
            route("finance", "/budgets/" + ID + "/forecast(?:/.*)?", (ids, q) -> Backend.path("/budgets/{}/forecast", ids.get(0))),
            route("finance", "/budgets/" + ID + "/monitoring-returns", (ids, q) -> Backend.path("/budgets/{}/monitoring-returns", ids.get(0))));

    private SourceLinks() {
    }

    private static Route route(String service, String path, BiFunction<List<String>, Query, String> page) {
        return new Route(service, Pattern.compile("/api/v1" + path), page);
    }

    /**
     * The portal page of a source, or nothing when the portal has no page for it.
     *
     * @param contractId the report's contract, for the pages of resources the API names without their contract
     */
    static Optional<String> href(String service, String path, String contractId) {
        if (service == null || path == null || path.isBlank()) {
            return Optional.empty();
        }
        int question = path.indexOf('?');
        String route = question < 0 ? path : path.substring(0, question);
        Query query = new Query(parameters(question < 0 ? "" : path.substring(question + 1)), contractId);
        for (Route known : ROUTES) {
            if (!known.service().equals(service)) {
                continue;
            }
            Matcher matcher = known.path().matcher(route);
            if (matcher.matches()) {
                List<String> values = new java.util.ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    if (matcher.group(group) != null) {
                        values.add(decode(matcher.group(group)));
                    }
                }
                return Optional.ofNullable(known.page().apply(values, query));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!value.isBlank()) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
