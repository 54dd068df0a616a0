package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One overlay's build: the documents Kustomize would apply, with look-ups by kind and name. */
record Installation(String overlay, List<ObjectNode> documents) {

    static final Path MANIFESTS = ApplicationConfiguration.ROOT.resolve("deploy/kubernetes");

    static Installation of(String overlay) {
        return new Installation(overlay, Kustomize.build(MANIFESTS.resolve("overlays").resolve(overlay)));
    }

    Stream<ObjectNode> ofKind(String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(document -> document.at("/metadata/name").asText().equals(name)).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    /** The value of a ConfigMap's key. */
    String configValue(String configMap, String key) {
        JsonNode value = get("ConfigMap", configMap).path("data").path(key);
        if (!value.isTextual()) {
            throw new AssertionError(overlay + ": ConfigMap " + configMap + " has no key " + key);
        }
        return value.asText();
    }

    @Override
    public String toString() {
        return overlay;
    }
}
