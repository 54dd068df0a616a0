package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a Kustomize directory as {@code kubectl kustomize} would, for the part of Kustomize the manifests use (no
 * kustomize binary here): {@code resources} (files and directories), {@code configMapGenerator} from files with
 * {@code generatorOptions} (no name hash, labels), {@code patches} that are strategic-merge patches by path or inline,
 * aimed by the patch's kind and name or by a {@code target} kind, {@code images} and {@code namespace}. Any other
 * field fails the build, so that the manifests cannot come to rely on Kustomize behaviour this build does not mimic.
 * The strategic merge merges maps, and lists of maps whose items have a {@code name} (containers, env, volumes) item by
 * item; every other list is replaced, as Kubernetes' patch strategy for those fields does.
 */
final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "patches",
            "images", "configMapGenerator", "generatorOptions");

    private Kustomize() {
    }

    /** The documents of the directory's build, in the order Kustomize emits them for these manifests. */
    static List<ObjectNode> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        JsonNode kustomization = readDocuments(file).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": this build does not know the Kustomize field " + field);
            }
        });
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                documents.addAll(build(path));
            } else {
                readDocuments(path).forEach(document -> documents.add((ObjectNode) document));
            }
        }
        documents.addAll(generatedConfigMaps(directory, kustomization));
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(directory, patch, documents);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(image, documents);
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.path("namespace").asText();
            for (ObjectNode document : documents) {
                if (!Set.of("Namespace").contains(document.path("kind").asText())) {
                    ((ObjectNode) document.path("metadata")).put("namespace", namespace);
                }
            }
        }
        return documents;
    }

    static List<JsonNode> readDocuments(Path file) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(file.toFile())) {
                Iterator<JsonNode> iterator = YAML.readValues(parser, JsonNode.class);
                while (iterator.hasNext()) {
                    JsonNode document = iterator.next();
                    if (document != null && !document.isNull() && !document.isMissingNode()) {
                        documents.add(document);
                    }
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static List<ObjectNode> generatedConfigMaps(Path directory, JsonNode kustomization) {
        JsonNode options = kustomization.path("generatorOptions");
        List<ObjectNode> generated = new ArrayList<>();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            if (!options.path("disableNameSuffixHash").asBoolean()) {
                throw new IllegalStateException(directory + ": generated ConfigMaps need disableNameSuffixHash here");
            }
            ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            ObjectNode metadata = configMap.putObject("metadata").put("name", generator.path("name").asText());
            if (options.has("labels")) {
                metadata.set("labels", options.path("labels").deepCopy());
            }
            ObjectNode data = configMap.putObject("data");
            for (JsonNode source : generator.path("files")) {
                Path path = directory.resolve(source.asText()).normalize();
                if (!path.startsWith(directory)) {
                    throw new IllegalStateException(directory + ": Kustomize loads no file from outside its directory: " + source);
                }
                try {
                    data.put(path.getFileName().toString(), Files.readString(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            generated.add(configMap);
        }
        return generated;
    }

    private static void applyPatch(Path directory, JsonNode entry, List<ObjectNode> documents) {
        JsonNode patch;
        try {
            patch = entry.has("path") ? readDocuments(directory.resolve(entry.path("path").asText())).get(0)
                    : YAML.readTree(entry.path("patch").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kind = entry.has("target") ? entry.at("/target/kind").asText() : patch.path("kind").asText();
        String name = entry.has("target") ? entry.at("/target/name").asText(null) : patch.at("/metadata/name").asText();
        int applied = 0;
        for (ObjectNode document : documents) {
            if (document.path("kind").asText().equals(kind)
                    && (name == null || document.at("/metadata/name").asText().equals(name))) {
                ObjectNode body = patch.deepCopy();
                body.remove(List.of("apiVersion", "kind"));
                ((ObjectNode) body.path("metadata")).remove("name");
                merge(document, body);
                applied++;
            }
        }
        if (applied == 0) {
            throw new IllegalStateException(directory + ": a patch finds no " + kind + " " + (name == null ? "" : name));
        }
    }

    /** Strategic merge of {@code patch} into {@code target}, as described on the class. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else if (existing instanceof ArrayNode list && value.isArray() && namedItems(list) && namedItems(value)) {
                for (JsonNode item : value) {
                    JsonNode match = null;
                    for (JsonNode candidate : list) {
                        if (candidate.path("name").equals(item.path("name"))) {
                            match = candidate;
                        }
                    }
                    if (match == null) {
                        list.add(item.deepCopy());
                    } else {
                        merge((ObjectNode) match, item);
                    }
                }
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean namedItems(JsonNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("name")) {
                return false;
            }
        }
        return !list.isEmpty();
    }

    private static void setImage(JsonNode image, List<ObjectNode> documents) {
        String name = image.path("name").asText();
        for (ObjectNode document : documents) {
            for (JsonNode container : document.at("/spec/template/spec/containers")) {
                String current = container.path("image").asText();
                String bare = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (bare.equals(name)) {
                    String newName = image.path("newName").asText(bare);
                    ((ObjectNode) container).put("image", image.has("newTag") ? newName + ":" + image.path("newTag").asText() : newName);
                }
            }
        }
    }
}
