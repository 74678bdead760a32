package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.CustomerTagsUseCase;
import com.customerplatform.customer.domain.Tag;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A business's tags ({@code /v1/customers/tags}) and a customer's ({@code /v1/customers/{id}/tags}). */
@RestController
class TagController {

    private final CustomerTagsUseCase tags;

    TagController(CustomerTagsUseCase tags) {
        this.tags = tags;
    }

    record CreateTagRequest(String name, String color) {}

    record TagResponse(UUID id, String name, String color, Instant createdAt) {}

    record AttachTagsRequest(List<String> names) {}

    record CustomerTagsResponse(UUID customerId, List<String> tags) {}

    @PostMapping(path = "/v1/customers/tags", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    TagResponse create(Actor actor, @RequestBody CreateTagRequest request) {
        return response(tags.createTag(actor, request.name(), request.color()));
    }

    /**
     * By name, as a JSON array with the total in {@code X-Total-Count}. Without {@code limit} a page
     * is as large as pages get (100): the whole tag set of most companies, as before paging.
     */
    @GetMapping("/v1/customers/tags")
    ResponseEntity<List<TagResponse>> list(
            Actor actor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        Page<Tag> page = tags.listTags(actor, PageRequest.of(limit == null ? PageRequest.MAX_LIMIT : limit, offset));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(page.total()))
                .body(page.items().stream().map(TagController::response).toList());
    }

    @PostMapping(path = "/v1/customers/{customerId}/tags", consumes = "application/json")
    CustomerTagsResponse attach(Actor actor, @PathVariable UUID customerId, @RequestBody AttachTagsRequest request) {
        return new CustomerTagsResponse(customerId, tags.attach(actor, customerId, request.names()));
    }

    @DeleteMapping("/v1/customers/{customerId}/tags/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(Actor actor, @PathVariable UUID customerId, @PathVariable String name) {
        tags.detach(actor, customerId, name);
    }

    private static TagResponse response(Tag tag) {
        return new TagResponse(tag.id(), tag.name(), tag.color(), tag.createdAt());
    }
}
