package com.customerplatform.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** deploy/helm/customer-platform linted and rendered by Helm itself (helm-java), then checked. */
class HelmChartTest {

    private static final Path CHART = Path.of("..", "deploy", "helm", "customer-platform")
            .toAbsolutePath()
            .normalize();

    @Test
    void theChartPassesHelmLint() {
        var lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void theDeploymentProbesTheHealthGroupsWithTheSeedsResourcesAndConfigFromValues() {
        List<Map<String, Object>> manifests = render("secrets.DATABASE_URL=postgresql://db/customer_platform");

        Map<String, Object> container =
                first(at(kind(manifests, "Deployment"), "spec", "template", "spec", "containers"));
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
        assertThat(at(container, "resources", "requests", "cpu")).isEqualTo("250m");
        assertThat(at(container, "resources", "requests", "memory")).isEqualTo("256Mi");
        assertThat(container.get("envFrom").toString()).contains("configMapRef", "secretRef");
        assertThat(at(kind(manifests, "ConfigMap"), "data", "CUSTOMER_PATCH_RATE"))
                .isEqualTo("5/minute");
        assertThat(at(kind(manifests, "Secret"), "stringData").toString())
                .contains("DATABASE_URL")
                .doesNotContain("REDIS_URL");
        assertThat(at(kind(manifests, "PodDisruptionBudget"), "spec", "minAvailable"))
                .isEqualTo(1);
        assertThat(at(kind(manifests, "HorizontalPodAutoscaler"), "spec", "maxReplicas"))
                .isEqualTo(6);
        assertThat(at(kind(manifests, "Deployment"), "spec", "template", "spec", "securityContext", "runAsNonRoot"))
                .isEqualTo(true);
    }

    @Test
    void anExistingSecretReplacesTheChartsOwn() {
        List<Map<String, Object>> manifests = render("existingSecret=platform-credentials");

        assertThat(manifests).noneMatch(manifest -> "Secret".equals(manifest.get("kind")));
        Map<String, Object> container =
                first(at(kind(manifests, "Deployment"), "spec", "template", "spec", "containers"));
        assertThat(container.get("envFrom").toString()).contains("platform-credentials");
    }

    private static List<Map<String, Object>> render(String... values) {
        var template = new Helm(CHART).template().withName("test");
        for (String value : values) {
            String[] pair = value.split("=", 2);
            template = template.set(pair[0], pair[1]);
        }
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(template.call())) {
            if (document instanceof Map<?, ?> manifest) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) manifest;
                manifests.add(typed);
            }
        }
        return manifests;
    }

    private static Map<String, Object> kind(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream()
                .filter(manifest -> kind.equals(manifest.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            current = ((Map<String, Object>) Objects.requireNonNull(current, key)).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return ((List<Map<String, Object>>) list).getFirst();
    }
}
