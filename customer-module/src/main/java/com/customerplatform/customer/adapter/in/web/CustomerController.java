package com.customerplatform.customer.adapter.in.web;

import com.customerplatform.customer.application.port.in.CustomerTagsUseCase;
import com.customerplatform.customer.application.port.in.ManageCustomersUseCase;
import com.customerplatform.customer.application.port.in.ManageCustomersUseCase.CreateCustomerCommand;
import com.customerplatform.customer.application.port.in.ManageCustomersUseCase.ListCustomersQuery;
import com.customerplatform.customer.application.port.in.UpdateCustomerUseCase;
import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.domain.TaggedCustomer;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import jakarta.json.JsonReaderFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Seed 004's customer endpoints. The list is a JSON array (the seed's React client maps over it). */
@RestController
@RequestMapping("/v1/customers")
class CustomerController {

    private final ManageCustomersUseCase customers;
    private final UpdateCustomerUseCase updates;
    private final CustomerTagsUseCase tags;
    /** Patches are read by JSON-P, not Jackson: they get the same nesting limit as every other body. */
    private final JsonReaderFactory patchReaders;

    CustomerController(
            ManageCustomersUseCase customers,
            UpdateCustomerUseCase updates,
            CustomerTagsUseCase tags,
            @Value("${spring.jackson.factory.constraints.read.max-nesting-depth:500}") int maxNestingDepth) {
        this.customers = customers;
        this.updates = updates;
        this.tags = tags;
        this.patchReaders = JsonPatches.readers(maxNestingDepth);
    }

    record CreateCustomerRequest(
            UUID userId,
            UUID businessId,
            String fullName,
            String email,
            String phone,
            String gender,
            String avatarUrl) {}

    @PostMapping(consumes = "application/json")
    ResponseEntity<CustomerResponse> create(Actor actor, @RequestBody CreateCustomerRequest request) {
        Customer customer = customers.create(
                actor,
                new CreateCustomerCommand(
                        request.userId(),
                        request.businessId(),
                        request.fullName(),
                        request.email(),
                        request.phone(),
                        request.gender(),
                        request.avatarUrl()));
        return ResponseEntity.created(URI.create("/v1/customers/" + customer.id()))
                .body(CustomerResponse.of(customer, List.of()));
    }

    @GetMapping("/{customerId}")
    CustomerResponse get(Actor actor, @PathVariable UUID customerId) {
        return CustomerResponse.of(customers.get(actor, customerId));
    }

    /** Total in {@code X-Total-Count}, next and previous pages in an RFC 8288 {@code Link} header. */
    @GetMapping
    ResponseEntity<List<CustomerResponse>> list(
            Actor actor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @RequestParam(name = "business_id", required = false) UUID businessId,
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String query,
            UriComponentsBuilder uri) {
        Page<TaggedCustomer> page = customers.list(
                actor,
                new ListCustomersQuery(businessId, search != null ? search : query),
                PageRequest.of(limit, offset));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", Long.toString(page.total()));
        List<String> links = new ArrayList<>();
        int pageLimit = page.request().limit();
        if (page.hasNext()) {
            links.add(link(
                    uri,
                    pageLimit,
                    page.request().offset() + pageLimit,
                    businessId,
                    search != null ? search : query,
                    "next"));
        }
        if (page.hasPrevious()) {
            links.add(link(
                    uri,
                    pageLimit,
                    Math.max(0, page.request().offset() - pageLimit),
                    businessId,
                    search != null ? search : query,
                    "prev"));
        }
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, String.join(", ", links));
        }
        return ResponseEntity.ok()
                .headers(headers)
                .body(page.items().stream().map(CustomerResponse::of).toList());
    }

    /** RFC 6902 JSON Patch or RFC 7396 merge patch, chosen by Content-Type; any other media type is 415. */
    @PatchMapping(
            path = "/{customerId}",
            consumes = {JsonProfilePatch.JSON_PATCH, JsonProfilePatch.MERGE_PATCH})
    CustomerResponse patch(
            Actor actor,
            @PathVariable UUID customerId,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestBody String body) {
        return withTags(updates.patch(actor, customerId, JsonProfilePatch.of(contentType, body, patchReaders)));
    }

    @DeleteMapping("/{customerId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable UUID customerId) {
        customers.delete(actor, customerId);
    }

    private static String link(
            UriComponentsBuilder base, int limit, int offset, UUID businessId, String search, String rel) {
        UriComponentsBuilder target = base.cloneBuilder()
                .path("/v1/customers")
                .queryParam("limit", limit)
                .queryParam("offset", offset);
        if (businessId != null) {
            target.queryParam("business_id", businessId);
        }
        if (search != null) {
            target.queryParam("search", search);
        }
        return "<" + target.encode().toUriString() + ">; rel=\"" + rel + "\"";
    }

    private CustomerResponse withTags(Customer customer) {
        return CustomerResponse.of(customer, tags.tagsOf(customer.id()));
    }
}
