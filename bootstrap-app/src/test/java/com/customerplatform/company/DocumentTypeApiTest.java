package com.customerplatform.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DocumentTypeApiTest extends PlatformIntegrationTest {

    @Test
    void needsABearerToken() throws Exception {
        HttpResponse<String> response = get("/api/v1/document-types");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(body(response).get("error_code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void listsTheCatalogueInTheSeedShape() throws Exception {
        HttpResponse<String> response =
                send(request("/api/v1/document-types", adminToken()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode types = body(response);
        assertThat(types.isArray()).isTrue();
        JsonNode cc = types.valueStream()
                .filter(type -> type.get("code").asString().equals("CC"))
                .findFirst()
                .orElseThrow();
        assertThat(cc.get("id").asLong()).isPositive();
        assertThat(cc.get("name").asString()).isEqualTo("Cédula de Ciudadanía");
        assertThat(cc.get("description").asString()).isNotBlank();
        assertThat(cc.get("active").asBoolean()).isTrue();
        assertThat(cc.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(cc.get("country").asString()).isEqualTo("CO");
        assertThat(cc.get("validation_rule").asString()).isEqualTo("CO_CEDULA_CIUDADANIA");
    }
}
