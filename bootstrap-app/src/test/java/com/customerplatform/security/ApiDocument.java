package com.customerplatform.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the running service as its own OpenAPI document lists them, so that the
 * abuse suites cover every endpoint, including ones added after they were written.
 */
final class ApiDocument {

    /** Controllers that only the test classpath adds (error probes, a sleeping endpoint): not the product. */
    static final String TEST_ONLY_PREFIX = "/test/";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final List<Operation> operations;

    ApiDocument(JsonNode document) {
        List<Operation> found = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (path.getKey().startsWith(TEST_ONLY_PREFIX)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    found.add(operation(path.getKey(), method.getKey(), method.getValue(), schemas));
                }
            }
        }
        found.sort(Comparator.comparing(Operation::key));
        this.operations = List.copyOf(found);
    }

    List<Operation> operations() {
        return operations;
    }

    private static Operation operation(String path, String method, JsonNode node, JsonNode schemas) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.get("name").asString(), parameter.get("in").asString()));
        }
        List<String> contentTypes =
                List.copyOf(node.path("requestBody").path("content").propertyNames());
        boolean returnsArray = node.path("responses")
                .path("200")
                .path("content")
                .valueStream()
                .anyMatch(content -> resolve(content.path("schema"), schemas)
                        .path("type")
                        .asString("")
                        .equals("array"));
        return new Operation(
                method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters), contentTypes, returnsArray);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** One operation: {@code POST /v1/customers/{customerId}/notes} and what it takes. */
    record Operation(
            String method, String path, List<Parameter> parameters, List<String> contentTypes, boolean returnsArray) {

        String key() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        boolean takesBody() {
            return !contentTypes.isEmpty();
        }

        /** The variables of the path template, in order. */
        List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher variable = TEMPLATE_VARIABLE.matcher(path);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            return names;
        }

        List<Parameter> queryParameters() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        /** The path with each variable replaced by its (percent-encoded) value. */
        String expand(Map<String, String> values) {
            Matcher variable = TEMPLATE_VARIABLE.matcher(path);
            StringBuilder expanded = new StringBuilder();
            while (variable.find()) {
                String value = values.get(variable.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + variable.group(1) + "} of " + key());
                }
                variable.appendReplacement(expanded, Matcher.quoteReplacement(encode(value)));
            }
            variable.appendTail(expanded);
            return expanded.toString();
        }

        static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    record Parameter(String name, String in) {}
}
