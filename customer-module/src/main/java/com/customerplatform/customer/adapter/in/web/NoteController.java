package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.CustomerNotesUseCase;
import com.customerplatform.customer.domain.Note;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/customers/{customerId}/notes")
class NoteController {

    private final CustomerNotesUseCase notes;

    NoteController(CustomerNotesUseCase notes) {
        this.notes = notes;
    }

    record NoteRequest(String body) {}

    record NoteResponse(UUID id, UUID customerId, UUID authorId, String body, Instant createdAt) {}

    @PostMapping(consumes = "application/json")
    ResponseEntity<NoteResponse> add(Actor actor, @PathVariable UUID customerId, @RequestBody NoteRequest request) {
        Note note = notes.add(actor, customerId, request.body());
        return ResponseEntity.created(URI.create("/v1/customers/" + customerId + "/notes/" + note.id()))
                .body(response(note));
    }

    /** Newest first, as a JSON array with the total in {@code X-Total-Count}. */
    @GetMapping
    ResponseEntity<List<NoteResponse>> list(
            Actor actor,
            @PathVariable UUID customerId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        Page<Note> page = notes.list(actor, customerId, PageRequest.of(limit, offset));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(page.total()))
                .body(page.items().stream().map(NoteController::response).toList());
    }

    @DeleteMapping("/{noteId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable UUID customerId, @PathVariable UUID noteId) {
        notes.delete(actor, customerId, noteId);
    }

    private static NoteResponse response(Note note) {
        return new NoteResponse(note.id(), note.customerId(), note.authorId(), note.body(), note.createdAt());
    }
}
