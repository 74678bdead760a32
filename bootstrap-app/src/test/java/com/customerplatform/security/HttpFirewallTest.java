package com.customerplatform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spring Security's firewall, with its header checks written as loops (HeaderCharacters), still
 * refuses a header the service reads when it holds a control character, and admits a tab. The
 * requests go over a plain socket: Java's HTTP client cannot put a byte beyond ASCII in a header.
 */
class HttpFirewallTest extends ProxiedDeploymentTest {

    @LocalServerPort
    int serverPort;

    @Test
    void aControlCharacterInAHeaderIsRefusedWithAProblemDocument() throws Exception {
        String response = customersWithAuthorization("Bearer a\u0085b");

        assertThat(response)
                .startsWith("HTTP/1.1 400 ")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"error_code\":\"BAD_REQUEST\"");
    }

    @Test
    void aTabInAHeaderValueIsAdmitted() throws Exception {
        assertThat(customersWithAuthorization("Bearer\tnot-a-token")).startsWith("HTTP/1.1 401 ");
    }

    private String customersWithAuthorization(String authorization) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serverPort)) {
            String request = "GET /v1/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
