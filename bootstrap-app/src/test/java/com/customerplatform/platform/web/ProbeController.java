package com.customerplatform.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint with a validated JSON body, to exercise the error rendering. */
@RestController
class ProbeController {

    private final JdbcTemplate jdbc;

    ProbeController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ProbeRequest(
            @NotBlank @Size(max = 20) String displayName,
            @Min(1) int quantity) {}

    @PostMapping(path = "/test/probe", consumes = "application/json")
    ProbeRequest echo(@Valid @RequestBody ProbeRequest request) {
        if (request.displayName().equals("explode")) {
            throw new IllegalStateException("secret internals: SELECT * FROM company.document_type");
        }
        return request;
    }

    /**
     * Loses the race two requests run when both check that a value is free and then store it: the
     * database's unique key refuses the second (here in one statement, on a session's own table).
     */
    @PostMapping("/test/duplicate-key")
    void duplicateKey() {
        jdbc.execute("CREATE TEMPORARY TABLE IF NOT EXISTS probe_unique (id int PRIMARY KEY)");
        jdbc.update("INSERT INTO probe_unique VALUES (1), (1)");
    }

    /** Fails the way a servlet filter or the security chain does: through the container's error dispatch. */
    @GetMapping("/test/send-error/{status}")
    void sendError(@PathVariable int status, HttpServletResponse response) throws IOException {
        response.sendError(status);
    }
}
