package com.customerplatform.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.Kind;
import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase.OrderEvent;
import com.customerplatform.gdpr.application.port.out.ExportLinks;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import com.customerplatform.platform.messaging.ProbeQueue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** GDPR export and erasure end to end: every module's data, signed links, authorization, the database scan. */
class DataSubjectRightsTest extends PlatformIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RecordOrderEventUseCase orders;

    @Autowired
    ExportLinks links;

    @Value("${platform.customers.avatars.directory}")
    Path avatars;

    TestCompany company;
    TestUser admin;
    TestUser manager;
    TestUser otherAdmin;
    PersonalDetails person;
    UUID subjectId;
    String profileId;
    ProbeQueue gdprEvents;

    @BeforeEach
    void createSubjectWithDataInEveryModule() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        company = accounts.company("active");
        admin = accounts.user(company, "admin");
        manager = accounts.user(company, "manager");
        otherAdmin = accounts.user(accounts.company("active"), "admin");
        gdprEvents = new ProbeQueue(rabbit, "bee.customers.events", "customers.gdpr.#");
        person = PersonalDetails.unique();
        subjectId = register(person);
        profileId = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForList(
                                "SELECT id::text FROM customer.customers WHERE user_id = ?", String.class, subjectId),
                        ids -> ids.size() == 1)
                .getFirst();
        patch(profileId, "{\"phone\": \"" + person.phone() + "\", \"tags\": [\"VIP\"]}");
        for (int i = 0; i < 3; i++) {
            postJson(
                    "/v1/customers/" + profileId + "/notes",
                    token(manager),
                    Map.of("body", "Call back about order " + i));
        }
        upload(profileId, png());
        orders.record(new OrderEvent(
                UUID.randomUUID(),
                Kind.COMPLETED,
                UUID.fromString(profileId),
                "G-1",
                new BigDecimal("42.00"),
                "EUR",
                Instant.now()));
        login(person.username(), PersonalDetails.PASSWORD);
        jdbc.update("""
                INSERT INTO identity.external_identity (user_id, provider, subject, email, linked_at, last_sign_in_at)
                SELECT id, 'google', ?, email, now(), now() FROM identity.user_account WHERE uuid = ?""", "google-" + subjectId, subjectId);
    }

    @AfterEach
    void deleteProbe() {
        gdprEvents.delete();
    }

    @Test
    void anExportIsASignedLinkToAValidZipWithEveryModulesSection() throws Exception {
        HttpResponse<String> requested =
                postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId));

        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        String zipUrl = body(requested).get("zip_url").asString();
        assertThat(Instant.parse(body(requested).get("expires_at").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        HttpResponse<byte[]> download = download(zipUrl);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValue("Content-Length"))
                .as("streamed, not built first")
                .isEmpty();

        Map<String, byte[]> zip = unzip(download.body());
        assertThat(zip.keySet())
                .contains("manifest.json", "identity.json", "company.json", "customer.json", "audit.json")
                .anyMatch(name -> name.matches("customer/avatar-" + profileId + "\\.png"));
        JsonNode manifest = json.readTree(zip.get("manifest.json"));
        assertThat(manifest.get("subject_id").asString()).isEqualTo(subjectId.toString());
        assertThat(manifest.get("sections")
                        .valueStream()
                        .map(section -> section.get("name").asString()))
                .contains("customer", "identity", "company", "audit");
        JsonNode identitySection = manifest.get("sections")
                .valueStream()
                .filter(s -> s.get("name").asString().equals("identity"))
                .findFirst()
                .orElseThrow();
        assertThat(identitySection.get("purposes").isEmpty()).isFalse();
        assertThat(identitySection.get("retention").asString()).isNotBlank();
        assertThat(identitySection.get("recipients").isEmpty()).isFalse();
        JsonNode account = json.readTree(zip.get("identity.json")).get("account");
        assertThat(account.get("email").asString()).isEqualTo(person.email());
        assertThat(account.get("number_document_identity").asString()).isEqualTo(person.documentNumber());
        assertThat(account.has("password_hash")).isFalse();
        JsonNode linked = json.readTree(zip.get("identity.json")).get("linked_identities");
        assertThat(linked.valueStream()
                        .map(link -> link.get("provider").asString() + " "
                                + link.get("subject").asString()))
                .containsExactly("google google-" + subjectId);
        assertThat(json.readTree(zip.get("company.json"))
                        .get("membership")
                        .get("company_id")
                        .asString())
                .isEqualTo(company.companyId());
        JsonNode customer = json.readTree(zip.get("customer.json"));
        assertThat(customer.get("profiles").get(0).get("phone").asString()).isEqualTo(person.phone());
        assertThat(customer.get("profiles").get(0).get("tags").get(0).asString())
                .isEqualTo("VIP");
        assertThat(customer.get("notes_about_you").size()).isEqualTo(3);
        assertThat(customer.get("orders").get(0).get("order_id").asString()).isEqualTo("G-1");
        assertThat(json.readTree(zip.get("audit.json"))
                        .get("entries")
                        .valueStream()
                        .map(e -> e.get("action").asString()))
                .contains("auth.login", "users.create");
        JsonNode event = json.readTree(event("customers.gdpr.export").getBody()).get("payload");
        assertThat(event.get("subject_id").asString()).isEqualTo(subjectId.toString());
        assertThat(event.toString()).doesNotContain(person.email(), person.lastName());
    }

    @Test
    void theSubjectItselfMayExportAndOnlyItsCompanysAdminsBesides() throws Exception {
        Map<String, UUID> subject = Map.of("user_id", subjectId);

        assertThat(postJson("/v1/customers/gdpr/export", login(person.username(), PersonalDetails.PASSWORD), subject)
                        .statusCode())
                .isEqualTo(200);
        assertError(postJson("/v1/customers/gdpr/export", token(manager), subject), 404, "SUBJECT_NOT_FOUND");
        assertError(postJson("/v1/customers/gdpr/export", token(otherAdmin), subject), 404, "SUBJECT_NOT_FOUND");
        assertError(postJson("/v1/customers/gdpr/erase", token(manager), subject), 404, "SUBJECT_NOT_FOUND");
        assertError(postJson("/v1/customers/gdpr/erase", token(otherAdmin), subject), 404, "SUBJECT_NOT_FOUND");
        assertError(
                postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", UUID.randomUUID())),
                404,
                "SUBJECT_NOT_FOUND");
        assertError(postJson("/v1/customers/gdpr/export", token(admin), Map.of()), 422, "VALIDATION_FAILED");
        assertError(
                postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", "not-a-uuid")),
                422,
                "VALIDATION_FAILED");
        assertError(
                post("/v1/customers/gdpr/export", "application/json", "{\"user_id\": \"" + subjectId + "\"}"),
                401,
                "UNAUTHORIZED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM customer.customers WHERE user_id = ?", Integer.class, subjectId))
                .as("nothing erased by the refused requests")
                .isEqualTo(1);
    }

    @Test
    void tamperedAndExpiredLinksAreRefused() throws Exception {
        String zipUrl = body(postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId)))
                .get("zip_url")
                .asString();
        String token = zipUrl.substring(zipUrl.lastIndexOf('/') + 1);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        int middle = token.length() - 10;
        String flipped =
                token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        String otherSubject = links.issue(
                        new DataSubject(UUID.randomUUID(), null, false), UUID.randomUUID(), Instant.now())
                .token();
        String expired = links.issue(
                        new DataSubject(subjectId, company.uuid(), true),
                        UUID.randomUUID(),
                        Instant.now().minus(Duration.ofHours(25)))
                .token();

        assertThat(download(zipUrl).statusCode()).isEqualTo(200);
        assertThat(download(zipUrl.replace(token, tampered)).statusCode())
                .as("another spelling of the same signature")
                .isEqualTo(404);
        assertThat(download(zipUrl.replace(token, flipped)).statusCode())
                .as("a changed signature")
                .isEqualTo(404);
        assertThat(download(zipUrl.replace(token, "garbage")).statusCode()).isEqualTo(404);
        assertThat(download(zipUrl.replace(
                                token,
                                token.substring(0, token.indexOf('.'))
                                        + otherSubject.substring(otherSubject.indexOf('.'))))
                        .statusCode())
                .as("a signature of another link")
                .isEqualTo(404);
        HttpResponse<String> gone = get(zipUrl.replace(token, expired).substring(zipUrl.indexOf("/v1/")));
        assertError(gone, 410, "EXPORT_EXPIRED");
    }

    @Test
    void anErasureRemovesTheSubjectFromEveryTableAndAnswersTheSameReceiptAgain() throws Exception {
        Path avatar = avatars.resolve(jdbc.queryForObject(
                        "SELECT avatar_url FROM customer.customers WHERE id = ?::uuid", String.class, profileId)
                .replace("/v1/customers/avatars/", ""));
        assertThat(avatar).exists();
        assertThat(databaseRowsContaining(person.personalValues()))
                .as("the scan sees the subject before")
                .isNotEmpty();

        String linkBefore = body(postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId)))
                .get("zip_url")
                .asString();
        UUID aboutSubject = pendingEvent("{\"user_id\":\"" + subjectId + "\"}");
        UUID requestedBySubject =
                pendingEvent("{\"subject_id\":\"" + UUID.randomUUID() + "\",\"requested_by\":\"" + subjectId + "\"}");

        HttpResponse<String> erased = postJson("/v1/customers/gdpr/erase", token(admin), Map.of("user_id", subjectId));
        HttpResponse<String> again = postJson("/v1/customers/gdpr/erase", token(admin), Map.of("user_id", subjectId));

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        JsonNode receipt = body(erased);
        assertThat(receipt.get("erased_records").get("identity").asInt())
                .as("the account, its session and its linked identity")
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.external_identity WHERE subject = ?",
                        Integer.class,
                        "google-" + subjectId))
                .isZero();
        assertThat(receipt.get("erased_records").get("customer").asInt())
                .as("profile, 3 notes, 1 order")
                .isEqualTo(5);
        assertThat(receipt.get("erased_records").get("audit").asInt()).isPositive();
        assertThat(body(again).get("request_id").asString())
                .isEqualTo(receipt.get("request_id").asString());
        assertError(
                post(
                        "/api/v1/auth/login",
                        "application/json",
                        json.writeValueAsString(
                                Map.of("username", person.username(), "password", PersonalDetails.PASSWORD))),
                401,
                "INVALID_CREDENTIALS");
        assertError(
                postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId)),
                404,
                "NO_PERSONAL_DATA");
        assertError(
                postJson("/v1/customers/gdpr/erase", token(otherAdmin), Map.of("user_id", subjectId)),
                404,
                "SUBJECT_NOT_FOUND");
        await().atMost(Duration.ofSeconds(5)).until(() -> !Files.exists(avatar));
        assertThat(download(linkBefore).statusCode())
                .as("a link issued before the erasure")
                .isEqualTo(404);
        assertThat(publicationExists(aboutSubject))
                .as("a pending event about the subject")
                .isFalse();
        assertThat(publicationExists(requestedBySubject))
                .as("a pending event about someone else")
                .isTrue();
        jdbc.update("DELETE FROM platform.event_publication WHERE id = ?", requestedBySubject);
        assertThat(databaseRowsContaining(person.personalValues()))
                .as("rows still holding the subject's details")
                .isEmpty();
        Map<String, Object> record = jdbc.queryForMap(
                "SELECT * FROM gdpr.erasure_requests WHERE id = ?::uuid",
                receipt.get("request_id").asString());
        assertThat(record.values().toString()).doesNotContain(subjectId.toString());
        JsonNode event = json.readTree(event("customers.gdpr.erased").getBody()).get("payload");
        assertThat(event.get("request_id").asString())
                .isEqualTo(receipt.get("request_id").asString());
    }

    @Test
    void theSubjectMayEraseItselfAndTheRecordDoesNotNameIt() throws Exception {
        HttpResponse<String> erased = postJson(
                "/v1/customers/gdpr/erase",
                login(person.username(), PersonalDetails.PASSWORD),
                Map.of("user_id", subjectId));

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        Map<String, Object> record = jdbc.queryForMap(
                "SELECT requested_by, requested_by_subject, company_uuid FROM gdpr.erasure_requests "
                        + "WHERE id = ?::uuid",
                body(erased).get("request_id").asString());
        assertThat(record)
                .containsEntry("requested_by", null)
                .containsEntry("requested_by_subject", true)
                .containsEntry("company_uuid", company.uuid());
        assertThat(body(postJson("/v1/customers/gdpr/erase", token(admin), Map.of("user_id", subjectId)))
                        .get("request_id")
                        .asString())
                .as("its company's admin gets the receipt")
                .isEqualTo(body(erased).get("request_id").asString());
    }

    @Test
    void itsCompanysAdminReachesOnlyThatCompanysProfilesTheSubjectItselfReachesAll() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestCompany otherBusiness = accounts.company("active");
        String otherAdminToken = token(accounts.user(otherBusiness, "admin"));
        String elsewhere = body(postJson(
                        "/v1/customers",
                        otherAdminToken,
                        Map.of("full_name", "Customer Of Another Business", "user_id", subjectId)))
                .get("id")
                .asString();

        Map<String, byte[]> byAdmin =
                unzip(download(body(postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId)))
                                .get("zip_url")
                                .asString())
                        .body());
        Map<String, byte[]> bySubject = unzip(download(body(postJson(
                                "/v1/customers/gdpr/export",
                                login(person.username(), PersonalDetails.PASSWORD),
                                Map.of("user_id", subjectId)))
                        .get("zip_url")
                        .asString())
                .body());
        postJson("/v1/customers/gdpr/erase", token(admin), Map.of("user_id", subjectId));

        assertThat(json.readTree(byAdmin.get("customer.json"))
                        .get("profiles")
                        .valueStream()
                        .map(p -> p.get("id").asString()))
                .containsExactly(profileId);
        assertThat(json.readTree(bySubject.get("customer.json"))
                        .get("profiles")
                        .valueStream()
                        .map(p -> p.get("id").asString()))
                .containsExactlyInAnyOrder(profileId, elsewhere);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM customer.customers WHERE id = ?::uuid", Integer.class, elsewhere))
                .as("the other business's profile is not this admin's to erase")
                .isEqualTo(1);
    }

    @Test
    void twoErasuresAtOnceAnswerOneReceipt() throws Exception {
        String token = token(admin);
        Callable<HttpResponse<String>> erase =
                () -> postJson("/v1/customers/gdpr/erase", token, Map.of("user_id", subjectId));

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<HttpResponse<String>>> both = pool.invokeAll(List.of(erase, erase));
            HttpResponse<String> first = both.get(0).get();
            HttpResponse<String> second = both.get(1).get();

            assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(200);
            assertThat(body(first).get("request_id").asString())
                    .isEqualTo(body(second).get("request_id").asString());
        }
    }

    @Test
    void anExportOfThousandsOfNotesIsStreamedCompletely() throws Exception {
        jdbc.update("""
                INSERT INTO customer.notes (id, customer_id, author_id, body, created_at)
                SELECT gen_random_uuid(), ?::uuid, ?, 'Bulk note ' || n || ' ' || repeat('x', 500), now()
                FROM generate_series(1, 5000) AS n""", profileId, manager.uuid());
        String zipUrl = body(postJson("/v1/customers/gdpr/export", token(admin), Map.of("user_id", subjectId)))
                .get("zip_url")
                .asString();

        Map<String, byte[]> zip = unzip(download(zipUrl).body());

        assertThat(json.readTree(zip.get("customer.json"))
                        .get("notes_about_you")
                        .size())
                .isEqualTo(5003);
    }

    // ---- helpers

    private UUID register(PersonalDetails person) throws Exception {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", person.username());
        user.put("email", person.email());
        user.put("password", PersonalDetails.PASSWORD);
        user.put("first_name", person.firstName());
        user.put("last_name", person.lastName());
        user.put("phone", person.phone());
        user.put("address", person.address());
        user.put("document_type", "CC");
        user.put("number_document_identity", person.documentNumber());
        user.put("role", "customer");
        HttpResponse<String> created = postJson("/api/v1/users", token(admin), user);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(body(created).get("uuid").asString());
    }

    private void patch(String id, String mergePatch) throws Exception {
        HttpResponse<String> patched = send(request("/v1/customers/" + id, token(admin))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mergePatch)));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }

    private void upload(String id, byte[] image) throws Exception {
        HttpResponse<String> uploaded =
                postFile("/v1/customers/" + id + "/avatar", token(admin), "me.png", "image/png", image);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private HttpResponse<byte[]> download(String absoluteUrl) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(absoluteUrl))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every entry, read in full (which checks its CRC); and {@code unzip -t} agrees where the tool exists. */
    private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
        Path file = Files.createTempFile("export-", ".zip");
        try {
            Files.write(file, archive);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
            if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
                Process test = new ProcessBuilder("/usr/bin/unzip", "-t", file.toString())
                        .redirectErrorStream(true)
                        .start();
                String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(test.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(test.exitValue()).as(output).isZero();
            }
            return entries;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code schema.table: row} for every row of every module's table whose text contains one of the values. */
    private List<String> databaseRowsContaining(List<String> values) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> table : jdbc.queryForList("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_schema IN ('identity', 'company', 'customer', 'platform', 'gdpr') AND table_type = 'BASE TABLE'""")) {
            String name = table.get("table_schema") + "." + table.get("table_name");
            for (String row : jdbc.queryForList("SELECT t::text FROM " + name + " t", String.class)) {
                if (values.stream()
                        .anyMatch(value -> row.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)))) {
                    found.add(name + ": " + row);
                }
            }
        }
        return found;
    }

    /** A publication waiting in the outbox, as the registry stores one. */
    private UUID pendingEvent(String serializedEvent) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                VALUES (?, 'test.listener', 'test.Event', ?, now(), 'PUBLISHED', 1)""", id, serializedEvent);
        return id;
    }

    private boolean publicationExists(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM platform.event_publication WHERE id = ?", Integer.class, id)
                == 1;
    }

    private Message event(String type) {
        List<Message> messages = gdprEvents.receiveMatching(
                message -> type.equals(message.getMessageProperties().getType())
                        && new String(message.getBody(), StandardCharsets.UTF_8).contains(subjectId.toString()),
                1,
                Duration.ofSeconds(10));
        assertThat(messages).as(type).hasSize(1);
        return messages.getFirst();
    }

    private String token(TestUser user) throws Exception {
        return login(user.username(), TestAccounts.PASSWORD);
    }
}
