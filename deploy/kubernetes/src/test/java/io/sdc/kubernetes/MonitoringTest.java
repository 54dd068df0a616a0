package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring under deploy/monitoring uses only metrics the services expose, and covers what an operator needs: the
 * Grafana dashboard and the alert rules name no metric outside the catalogue {@code metrics.txt} (which the services'
 * tests find on {@code /q/metrics}), and every catalogued metric is on the dashboard or in a rule; each alert waits
 * ({@code for}), has a severity and says what to do; the dashboard reads a Prometheus data source chosen by a variable;
 * and every installation carries the rules and the dashboard.
 */
class MonitoringTest {

    private static final Path MONITORING = ApplicationConfiguration.ROOT.resolve("deploy/monitoring");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void theDashboardAndTheRulesUseTheCataloguedMetricsAndEachOfThem() throws IOException {
        Map<String, String> used = new LinkedHashMap<>();
        dashboardExpressions().forEach(expr -> metricsIn(expr).forEach(metric -> used.putIfAbsent(metric, "dashboard: " + expr)));
        ruleExpressions().forEach(expr -> metricsIn(expr).forEach(metric -> used.putIfAbsent(metric, "rules: " + expr)));
        Set<String> catalogue = catalogue();
        assertThat(used.keySet()).as("metrics the dashboard and the rules name, each listed in metrics.txt")
                .allSatisfy(metric -> assertThat(catalogue).as(metric + " (" + used.get(metric) + ")").contains(metric));
        assertThat(used.keySet()).as("every metric of metrics.txt shown or alerted on").containsAll(catalogue);
    }

    @Test
    void findsMetricNamesInPromQlAndNothingElse() {
        assertThat(metricsIn("histogram_quantile(0.95, sum by (le, service) (rate(http_server_requests_seconds_bucket"
                + "{uri!~\"/q/.*\", status=\"200\"}[$__rate_interval]))) > 0.5 and on (service) up offset 5m"))
                .containsExactly("http_server_requests_seconds_bucket", "up");
        assertThat(metricsIn("max by (service) (sdc_outbox_lag_seconds) > 300")).containsExactly("sdc_outbox_lag_seconds");
    }

    @Test
    void everyAlertWaitsHasASeverityAndSaysWhatToDo() throws IOException {
        JsonNode rules = alertRules();
        assertThat(rules.path("kind").asText()).isEqualTo("PrometheusRule");
        StrictModels.read(rules);
        Set<String> alerts = new LinkedHashSet<>();
        for (JsonNode group : rules.at("/spec/groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                alerts.add(alert);
                assertThat(rule.path("for").asText()).as(alert + " for").matches("[0-9]+[smh]");
                assertThat(rule.at("/labels/severity").asText()).as(alert + " severity").isIn("warning", "critical");
                assertThat(rule.at("/annotations/summary").asText()).as(alert + " summary").isNotBlank();
                assertThat(rule.at("/annotations/description").asText()).as(alert + " says what to look at and do")
                        .hasSizeGreaterThan(150);
            }
        }
        assertThat(ruleExpressions()).as("a stuck outbox, growing lag, dead letters and failing deliveries")
                .anySatisfy(expr -> assertThat(expr).contains("sdc_outbox_lag_seconds"))
                .anySatisfy(expr -> assertThat(expr).contains("deriv(sdc_kafka_consumer_lag_records"))
                .anySatisfy(expr -> assertThat(expr).contains("sdc_dead_letters_open"))
                .anySatisfy(expr -> assertThat(expr).contains("increase(sdc_dead_letters_total"))
                .anySatisfy(expr -> assertThat(expr).contains("sdc_notification_deliveries_total{outcome=~\"failed|dead\"}"));
        assertThat(alerts).as("alert names, once each").hasSize(ruleExpressions().size());
    }

    @Test
    void theDashboardReadsAPrometheusChosenByAVariableWithAPanelForEachConcern() throws IOException {
        JsonNode dashboard = dashboard();
        assertThat(dashboard.at("/templating/list").findValuesAsText("type")).contains("datasource");
        JsonNode variable = null;
        for (JsonNode candidate : dashboard.at("/templating/list")) {
            if (candidate.path("type").asText().equals("datasource")) {
                variable = candidate;
            }
        }
        assertThat(variable).isNotNull();
        assertThat(variable.path("query").asText()).isEqualTo("prometheus");
        String reference = "${" + variable.path("name").asText() + "}";
        List<JsonNode> panels = dashboardPanels();
        assertThat(panels).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.at("/datasource/uid").asText()).as(panel.path("title").asText()).isEqualTo(reference);
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.at("/datasource/uid").asText()).isEqualTo(reference));
            assertThat(panel.path("description").asText()).as(panel.path("title").asText()).isNotBlank();
        });
        assertThat(panels.stream().map(panel -> panel.path("id").asInt()).distinct()).hasSize(panels.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyInstallationCarriesTheRulesAndTheDashboardAsTheyAreHere(String overlay) throws IOException {
        Installation installation = KubernetesManifestsTest.build(overlay);
        JsonNode rule = installation.get("PrometheusRule", "sdc-platform-alerts");
        assertThat(rule.path("spec")).isEqualTo(alertRules().path("spec"));
        JsonNode dashboard = installation.get("ConfigMap", "sdc-grafana-dashboard");
        assertThat(dashboard.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(new ObjectMapper().readTree(installation.configValue("sdc-grafana-dashboard", "sdc-platform.json")))
                .isEqualTo(dashboard());
    }

    /** The metric names of a PromQL expression: identifiers outside label matchers, ranges and strings, that are neither functions nor keywords. */
    static List<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\$\\{?\\w+}?", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        List<String> metrics = new java.util.ArrayList<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String word = identifier.group();
            boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
            boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) && !metrics.contains(word)) {
                metrics.add(word);
            }
        }
        return metrics;
    }

    private static Set<String> catalogue() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(MONITORING.resolve("metrics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip().split("\\s+")[0]);
            }
        }
        return names;
    }

    private static JsonNode alertRules() {
        return Kustomize.readDocuments(MONITORING.resolve("prometheus/sdc-alerts.yaml")).get(0);
    }

    private static List<String> ruleExpressions() {
        return alertRules().at("/spec/groups").findValues("expr").stream().map(JsonNode::asText).toList();
    }

    private static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(MONITORING.resolve("grafana/sdc-platform.json").toFile());
    }

    private static List<JsonNode> dashboardPanels() throws IOException {
        List<JsonNode> panels = new java.util.ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            if (!panel.path("type").asText().equals("row")) {
                panels.add(panel);
            }
        }
        return panels;
    }

    private static List<String> dashboardExpressions() throws IOException {
        return dashboardPanels().stream().flatMap(panel -> panel.path("targets").findValues("expr").stream()).map(JsonNode::asText).toList();
    }
}
