package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each company's tags, attached to and detached from its customers by name. */
class CustomerTagsTest extends BusinessWithCustomerTest {

    @Test
    void anAdminCreatesCompanyTagsThatStaffSeeAndOtherCompaniesDoNot() throws Exception {
        HttpResponse<String> created =
                postJson("/v1/customers/tags", token(admin), Map.of("name", "VIP", "color", "#1e90ff"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(body(created).get("color").asString()).isEqualTo("#1E90FF");
        assertThat(names(get("/v1/customers/tags", token(viewer)))).containsExactly("VIP");
        assertThat(names(get("/v1/customers/tags", token(otherAdmin)))).isEmpty();
        assertThat(postJson("/v1/customers/tags", token(otherAdmin), Map.of("name", "vip"))
                        .statusCode())
                .as("another company has its own VIP")
                .isEqualTo(201);
    }

    @Test
    void theTagListIsPagedByNameWithItsTotal() throws Exception {
        for (String name : List.of("Gold", "Silver", "Bronze")) {
            postJson("/v1/customers/tags", token(admin), Map.of("name", name));
        }

        HttpResponse<String> first = get("/v1/customers/tags?limit=2", token(viewer));
        HttpResponse<String> rest = get("/v1/customers/tags?limit=2&offset=2", token(viewer));

        assertThat(names(first)).containsExactly("Bronze", "Gold");
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(names(rest)).containsExactly("Silver");
        assertThat(names(get("/v1/customers/tags", token(viewer))))
                .as("without limit: one page of up to 100")
                .containsExactly("Bronze", "Gold", "Silver");
        assertError(get("/v1/customers/tags?limit=101", token(viewer)), 422, "VALIDATION_FAILED");
        assertError(get("/v1/customers/tags?offset=-1", token(viewer)), 422, "VALIDATION_FAILED");
    }

    @Test
    void duplicateAndBadTagsAreRefusedAndOnlyAdminsCreate() throws Exception {
        postJson("/v1/customers/tags", token(admin), Map.of("name", "VIP"));

        assertError(postJson("/v1/customers/tags", token(admin), Map.of("name", "vip")), 409, "TAG_ALREADY_EXISTS");
        assertError(postJson("/v1/customers/tags", token(admin), Map.of("name", "")), 422, "VALIDATION_FAILED");
        assertError(
                postJson("/v1/customers/tags", token(admin), Map.of("name", "x".repeat(51))), 422, "VALIDATION_FAILED");
        assertError(
                postJson("/v1/customers/tags", token(admin), Map.of("name", "Gold", "color", "gold")),
                422,
                "VALIDATION_FAILED");
        assertError(postJson("/v1/customers/tags", token(manager), Map.of("name", "Gold")), 403, "FORBIDDEN");
        assertError(get("/v1/customers/tags", token(customerUser)), 403, "FORBIDDEN");
        assertThat(names(get("/v1/customers/tags", token(admin)))).containsExactly("VIP");
    }

    @Test
    void attachingCollapsesDuplicatesCreatesUnknownNamesAndIsRepeatable() throws Exception {
        postJson("/v1/customers/tags", token(admin), Map.of("name", "VIP"));
        String untagged = body(postJson("/v1/customers", token(admin), Map.of("full_name", "Untagged Customer")))
                .get("id")
                .asString();

        HttpResponse<String> attached =
                postJson(tags(), token(manager), Map.of("names", List.of("VIP", "vip", "New One")));
        HttpResponse<String> again = postJson(tags(), token(manager), Map.of("names", List.of("VIP")));

        assertThat(attached.statusCode()).isEqualTo(200);
        assertThat(body(attached).get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("New One", "VIP");
        assertThat(body(again).get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("New One", "VIP");
        assertThat(names(get("/v1/customers/tags", token(admin)))).containsExactly("New One", "VIP");
        assertThat(body(get("/v1/customers/" + customerId, token(viewer)))
                        .get("tags")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("New One", "VIP");
        assertThat(tagsById(get("/v1/customers", token(viewer))))
                .containsExactly(Map.entry(untagged, List.of()), Map.entry(customerId, List.of("New One", "VIP")));
        assertThat(tagsById(get("/v1/customers?search=customer", token(viewer))))
                .as("a search's page shows the tags too")
                .containsExactly(Map.entry(untagged, List.of()), Map.entry(customerId, List.of("New One", "VIP")));
        assertThat(body(get("/v1/customers/" + untagged, token(viewer)))
                        .get("tags")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void attachingIsForAdminsAndManagersOfTheBusinessWithSomethingToAttach() throws Exception {
        assertError(postJson(tags(), token(viewer), Map.of("names", List.of("VIP"))), 403, "FORBIDDEN");
        assertError(postJson(tags(), token(otherAdmin), Map.of("names", List.of("VIP"))), 404, "CUSTOMER_NOT_FOUND");
        assertError(postJson(tags(), token(admin), Map.of("names", List.of())), 422, "VALIDATION_FAILED");
        assertError(postJson(tags(), token(admin), Map.of("names", List.of("ok", ""))), 422, "VALIDATION_FAILED");
        assertThat(names(get("/v1/customers/tags", token(admin))))
                .as("nothing half-written")
                .isEmpty();
    }

    @Test
    void detachingRemovesTheTagFromTheCustomerOnly() throws Exception {
        postJson(tags(), token(admin), Map.of("names", List.of("VIP", "Gold")));

        assertError(send(request(tags() + "/VIP", token(viewer)).DELETE()), 403, "FORBIDDEN");
        assertThat(send(request(tags() + "/vip", token(manager)).DELETE()).statusCode())
                .isEqualTo(204);
        assertError(send(request(tags() + "/VIP", token(manager)).DELETE()), 404, "TAG_NOT_FOUND");
        assertError(send(request(tags() + "/Nope", token(manager)).DELETE()), 404, "TAG_NOT_FOUND");
        assertThat(body(get("/v1/customers/" + customerId, token(admin)))
                        .get("tags")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("Gold");
        assertThat(names(get("/v1/customers/tags", token(admin)))).containsExactly("Gold", "VIP");
    }

    private String tags() {
        return "/v1/customers/" + customerId + "/tags";
    }

    private Map<String, List<String>> tagsById(HttpResponse<String> listing) throws Exception {
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (JsonNode customer : body(listing)) {
            tags.put(
                    customer.get("id").asString(),
                    customer.get("tags").valueStream().map(JsonNode::asString).toList());
        }
        return tags;
    }

    private List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response)
                .valueStream()
                .map(tag -> tag.get("name").asString())
                .toList();
    }
}
