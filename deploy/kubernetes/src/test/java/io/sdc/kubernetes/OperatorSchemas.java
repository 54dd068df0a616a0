package io.sdc.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * The part of CloudNativePG's {@code postgresql.cnpg.io/v1} Cluster and Database and of the Prometheus operator's
 * {@code monitoring.coreos.com/v1} ServiceMonitor and PrometheusRule that the manifests use, with the field names and
 * types of those operators' CRDs (CloudNativePG 1.25+, prometheus-operator 0.7x+). Read strictly: a field outside this schema fails,
 * so adding one to a manifest means adding it here after checking it in the operator's API reference.
 */
final class OperatorSchemas {

    private OperatorSchemas() {
    }

    record Metadata(String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
    }

    record Resources(Map<String, String> requests, Map<String, String> limits) {
    }

    record SecretReference(String name) {
    }

    // CloudNativePG

    record Cluster(String apiVersion, String kind, Metadata metadata, ClusterSpec spec) {
    }

    record ClusterSpec(int instances, String imageName, Storage storage, PostgresConfiguration postgresql,
                       Bootstrap bootstrap, Managed managed, Resources resources, Affinity affinity) {
    }

    record Storage(String size, String storageClass) {
    }

    record PostgresConfiguration(Map<String, String> parameters) {
    }

    record Bootstrap(InitDb initdb) {
    }

    /** Without {@code secret}, the operator generates the owner's secret {@code <cluster>-app}. */
    record InitDb(String database, String owner, SecretReference secret) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(String name, String ensure, Boolean login, SecretReference passwordSecret) {
    }

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    record Database(String apiVersion, String kind, Metadata metadata, DatabaseSpec spec) {
    }

    record DatabaseSpec(SecretReference cluster, String name, String owner, String ensure) {
    }

    // Prometheus operator

    record ServiceMonitor(String apiVersion, String kind, Metadata metadata, ServiceMonitorSpec spec) {
    }

    record ServiceMonitorSpec(LabelSelector selector, List<Endpoint> endpoints) {
    }

    record LabelSelector(Map<String, String> matchLabels) {
    }

    record Endpoint(String port, String path, String interval) {
    }

    record PrometheusRule(String apiVersion, String kind, Metadata metadata, PrometheusRuleSpec spec) {
    }

    record PrometheusRuleSpec(List<RuleGroup> groups) {
    }

    record RuleGroup(String name, String interval, List<Rule> rules) {
    }

    /** An alerting rule ({@code alert}) or a recording rule ({@code record}). */
    record Rule(String alert, String record, String expr, @com.fasterxml.jackson.annotation.JsonProperty("for") String forDuration,
                Map<String, String> labels, Map<String, String> annotations) {
    }
}
