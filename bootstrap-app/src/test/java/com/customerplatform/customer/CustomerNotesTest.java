package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notes on a customer: who writes, reads and deletes them, and nothing crosses businesses. */
class CustomerNotesTest extends BusinessWithCustomerTest {

    @Test
    void staffWriteNotesThatAreListedNewestFirstWithTheirAuthor() throws Exception {
        HttpResponse<String> first = postJson(notes(), token(manager), Map.of("body", "Called about the invoice"));
        postJson(notes(), token(admin), Map.of("body", "  Prefers email  "));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(body(first).get("author_id").asString())
                .isEqualTo(manager.uuid().toString());
        HttpResponse<String> list = get(notes(), token(viewer));
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(body(list).valueStream().map(note -> note.get("body").asString()))
                .containsExactly("Prefers email", "Called about the invoice");
        assertThat(body(get(notes() + "?limit=1&offset=1", token(viewer)))
                        .get(0)
                        .get("body")
                        .asString())
                .isEqualTo("Called about the invoice");
    }

    @Test
    void rolesThatMayNotAreRefusedAndOtherBusinessesSeeNothing() throws Exception {
        assertError(postJson(notes(), token(viewer), Map.of("body", "x")), 403, "FORBIDDEN");
        assertError(postJson(notes(), token(customerUser), Map.of("body", "x")), 403, "FORBIDDEN");
        assertError(get(notes(), token(customerUser)), 403, "FORBIDDEN");
        assertError(postJson(notes(), token(otherAdmin), Map.of("body", "x")), 404, "CUSTOMER_NOT_FOUND");
        assertError(get(notes(), token(otherAdmin)), 404, "CUSTOMER_NOT_FOUND");
        assertError(
                postJson("/v1/customers/" + UUID.randomUUID() + "/notes", token(admin), Map.of("body", "x")),
                404,
                "CUSTOMER_NOT_FOUND");
        assertThat(notesInDatabase()).isZero();
    }

    @Test
    void badNotesAre422AndWriteNothing() throws Exception {
        for (Object body : List.of("", "   ", "x".repeat(5001))) {
            assertThat(assertError(postJson(notes(), token(admin), Map.of("body", body)), 422, "VALIDATION_FAILED")
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("body");
        }
        assertError(postJson(notes(), token(admin), Map.of("body", "ok", "pinned", true)), 422, "UNKNOWN_FIELD");
        assertThat(postJson(notes(), token(admin), Map.of("body", "x".repeat(5000)))
                        .statusCode())
                .isEqualTo(201);
        assertThat(notesInDatabase()).isEqualTo(1);
    }

    @Test
    void onlyAdminsDeleteAndOnlyTheCustomersOwnNotes() throws Exception {
        String noteId = body(postJson(notes(), token(admin), Map.of("body", "to delete")))
                .get("id")
                .asString();
        String otherCustomer = body(postJson("/v1/customers", token(admin), Map.of("full_name", "Another One")))
                .get("id")
                .asString();

        assertError(send(request(notes() + "/" + noteId, token(manager)).DELETE()), 403, "FORBIDDEN");
        assertError(
                send(request("/v1/customers/" + otherCustomer + "/notes/" + noteId, token(admin))
                        .DELETE()),
                404,
                "NOTE_NOT_FOUND");
        assertThat(notesInDatabase()).isEqualTo(1);

        assertThat(send(request(notes() + "/" + noteId, token(admin)).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(notesInDatabase()).isZero();
    }

    @Test
    void deletingTheCustomerDeletesItsNotes() throws Exception {
        postJson(notes(), token(admin), Map.of("body", "goes with the customer"));

        send(request("/v1/customers/" + customerId, token(admin)).DELETE());

        assertThat(notesInDatabase()).isZero();
    }

    private String notes() {
        return "/v1/customers/" + customerId + "/notes";
    }

    private int notesInDatabase() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM customer.notes WHERE customer_id = ?",
                Integer.class,
                UUID.fromString(customerId));
    }
}
