package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest strictly into the model of the resource its apiVersion and kind claim: the fabric8 Kubernetes model
 * 8.0.0 for Kubernetes' own kinds, Strimzi's API model 0.48.0 for Kafka, KafkaNodePool and KafkaTopic, and
 * {@link OperatorSchemas} for CloudNativePG's Cluster and Database and the Prometheus operator's ServiceMonitor and
 * PrometheusRule (no
 * Java model of theirs resolves here). A field the model does not have, or a value of the wrong type, fails: the
 * mappers fail on unknown properties and do not coerce scalars, and since fabric8's and Strimzi's models keep unknown
 * fields in {@code additionalProperties} instead of refusing them, every object read is searched for any.
 */
final class StrictModels {

    /** fabric8 8.0.0 is built on Jackson 3. */
    private static final tools.jackson.databind.ObjectMapper KUBERNETES = tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(tools.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** Strimzi 0.48.0's model and the records of {@link OperatorSchemas} are Jackson 2 classes. */
    private static final ObjectMapper OPERATORS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final Map<String, Class<?>> KUBERNETES_KINDS = Map.of(
            "v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class,
            "v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class,
            "v1/Service", io.fabric8.kubernetes.api.model.Service.class,
            "apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class,
            "policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class,
            "batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class);

    private static final Map<String, Class<?>> OPERATOR_KINDS = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class,
            "postgresql.cnpg.io/v1/Cluster", OperatorSchemas.Cluster.class,
            "postgresql.cnpg.io/v1/Database", OperatorSchemas.Database.class,
            "monitoring.coreos.com/v1/ServiceMonitor", OperatorSchemas.ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", OperatorSchemas.PrometheusRule.class);

    private StrictModels() {
    }

    /** The document read into its model; fails naming the document and the field when it is not one. */
    static Object read(JsonNode document) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        String name = type + " " + document.at("/metadata/name").asText();
        Object model;
        try {
            if (KUBERNETES_KINDS.containsKey(type)) {
                model = KUBERNETES.readValue(document.toString(), KUBERNETES_KINDS.get(type));
            } else if (OPERATOR_KINDS.containsKey(type)) {
                model = OPERATORS.treeToValue(document, OPERATOR_KINDS.get(type));
            } else {
                throw new IllegalArgumentException(name + ": no model of this kind is known to the test");
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(name + " is not a valid " + type + ": " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        findAdditionalProperties(model, "", unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(name + " has fields its model does not know: " + unknown);
        }
        return model;
    }

    private static void findAdditionalProperties(Object value, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                findAdditionalProperties(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> findAdditionalProperties(item, path + "." + key, unknown, seen));
            return;
        }
        Class<?> type = value.getClass();
        String packageName = type.getPackageName();
        if (!(packageName.startsWith("io.fabric8") || packageName.startsWith("io.strimzi") || type.isRecord())) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                findAdditionalProperties(invoke(component.getAccessor(), value), path + "." + component.getName(), unknown, seen);
            }
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                findAdditionalProperties(property, path + "." + decapitalize(getter.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            method.setAccessible(true);
            return method.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
