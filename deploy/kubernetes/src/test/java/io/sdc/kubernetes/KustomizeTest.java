package io.sdc.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The part of Kustomize the manifests test mimics behaves as Kustomize does, and refuses what it does not mimic. */
class KustomizeTest {

    @Test
    void mergesMapsAndNamedItemsAndReplacesOtherLists() throws Exception {
        ObjectNode deployment = (ObjectNode) Kustomize.YAML.readTree("""
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: a
                          args: [one, two]
                          env:
                            - name: A
                              value: "1"
                        - name: sidecar
                          image: s
                """);
        Kustomize.merge(deployment, Kustomize.YAML.readTree("""
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: app
                          args: [three]
                          env:
                            - name: B
                              value: "2"
                """));
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(deployment.at("/spec/template/spec/containers")).hasSize(2);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("a");
        assertThat(deployment.at("/spec/template/spec/containers/0/args").toString()).isEqualTo("[\"three\"]");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").findValuesAsText("name")).containsExactly("A", "B");
        assertThat(deployment.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("s");
    }

    @Test
    void refusesWhatItDoesNotMimic(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: []\ncommonLabels:\n  team: sdc\n");
        assertThatThrownBy(() -> Kustomize.build(directory)).hasMessageContaining("commonLabels");

        Files.writeString(directory.resolve("kustomization.yaml"), """
                resources: [service.yaml]
                patches:
                  - path: patch.yaml
                """);
        Files.writeString(directory.resolve("service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n");
        Files.writeString(directory.resolve("patch.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n");
        assertThatThrownBy(() -> Kustomize.build(directory)).hasMessageContaining("finds no Service b");
    }
}
