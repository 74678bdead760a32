package com.customerplatform.gdpr.adapter.in.web;

import com.customerplatform.gdpr.application.port.in.DataSubjectRightsUseCase;
import com.customerplatform.gdpr.domain.ErasureRequest;
import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.error.InvalidInputException;
import com.customerplatform.sharedkernel.error.TooManyRequestsException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Seed 004's GDPR endpoints: export (a signed link to a streamed ZIP) and erasure. */
@RestController
@RequestMapping("/v1/customers/gdpr")
class GdprController {

    private final DataSubjectRightsUseCase rights;
    private final JsonMapper json;
    /** Each download holds a database connection while it streams; a few at a time leave the pool to the API. */
    private final Semaphore downloads;

    GdprController(
            DataSubjectRightsUseCase rights,
            JsonMapper json,
            @Value("${platform.gdpr.max-concurrent-exports}") int maxDownloads) {
        this.rights = rights;
        this.json = json;
        this.downloads = new Semaphore(maxDownloads);
    }

    private static final Duration BUSY_RETRY = Duration.ofSeconds(10);

    record SubjectRequest(UUID userId) {

        UUID subject() {
            if (userId == null) {
                throw InvalidInputException.of("user_id", "is required");
            }
            return userId;
        }
    }

    record ExportResponse(String zipUrl, Instant expiresAt) {}

    record ErasureReceipt(
            UUID requestId, Instant requestedAt, Instant completedAt, Map<String, Integer> erasedRecords) {}

    @PostMapping(path = "/export", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExportResponse export(Actor actor, @RequestBody SubjectRequest request) {
        ExportGrant grant = rights.requestExport(actor, request.subject());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/v1/customers/gdpr/exports/{token}")
                .buildAndExpand(grant.token())
                .toUriString();
        return new ExportResponse(url, grant.expiresAt());
    }

    /** No bearer token: the signed link is the permission. Checked before the first byte is sent. */
    @GetMapping("/exports/{token}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String token) {
        ExportGrant grant = rights.openExport(token);
        if (!downloads.tryAcquire()) {
            throw new TooManyRequestsException(
                    "EXPORTS_BUSY", "Other exports are being downloaded; retry shortly", BUSY_RETRY);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("personal-data-" + grant.requestId() + ".zip")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> {
                    try {
                        rights.writeExport(grant, new ZipExportArchive(out, json));
                    } finally {
                        downloads.release();
                    }
                });
    }

    @PostMapping(path = "/erase", consumes = MediaType.APPLICATION_JSON_VALUE)
    ErasureReceipt erase(Actor actor, @RequestBody SubjectRequest request) {
        ErasureRequest erased = rights.erase(actor, request.subject());
        return new ErasureReceipt(erased.id(), erased.requestedAt(), erased.completedAt(), erased.erasedRecords());
    }
}
