package com.customerplatform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.platform.messaging.ProbeQueue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Avatars: type from the bytes, size limit, replaced and deleted files, served without a token. */
class CustomerAvatarTest extends BusinessWithCustomerTest {

    /** RIFF container, size, WEBP, then a VP8L chunk: a WebP as far as the first 16 bytes tell. */
    private static final byte[] WEBP =
            "RIFF\u001a\u0000\u0000\u0000WEBPVP8L\r\u0000\u0000\u0000/\u0000\u0000\u0000\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00fe\u0007\u0000"
                    .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    RabbitTemplate rabbit;

    @Value("${platform.customers.avatars.directory}")
    Path directory;

    @Test
    void anUploadIsStoredAsTheFormatItsBytesShowAndServedWithoutAToken() throws Exception {
        byte[] png = image("png");

        HttpResponse<String> uploaded = upload(customerId, token(manager), "photo.jpg", "image/jpeg", png);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String url = body(uploaded).get("avatar_url").asString();
        assertThat(url).startsWith("/v1/customers/avatars/").endsWith(".png");
        HttpResponse<byte[]> served = fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);
        assertThat(body(get("/v1/customers/" + customerId, token(viewer)))
                        .get("avatar_url")
                        .asString())
                .isEqualTo(url);
    }

    @Test
    void anUploadPublishesTheAvatarUrlChange() throws Exception {
        ProbeQueue updates = new ProbeQueue(rabbit, "bee.customers.events", "customers.updated");
        try {
            String url = body(upload(customerId, token(admin), "a.png", "image/png", image("png")))
                    .get("avatar_url")
                    .asString();

            List<Message> events = updates.receiveMatching(
                    message -> new String(message.getBody(), StandardCharsets.UTF_8).contains(customerId),
                    1,
                    Duration.ofSeconds(10));

            assertThat(events).hasSize(1);
            JsonNode change = json.readTree(events.getFirst().getBody())
                    .get("payload")
                    .get("changes")
                    .get("avatar_url");
            assertThat(change.get("old").isNull()).isTrue();
            assertThat(change.get("new").asString()).isEqualTo(url);
        } finally {
            updates.delete();
        }
    }

    @Test
    void jpegAndWebpAreRecognisedAndANewUploadRemovesTheOldFile() throws Exception {
        String jpegUrl = body(upload(customerId, token(admin), "a.bin", "application/octet-stream", image("jpg")))
                .get("avatar_url")
                .asString();

        HttpResponse<String> replaced = upload(customerId, token(admin), "b.webp", "image/webp", WEBP);

        assertThat(jpegUrl).endsWith(".jpg");
        String webpUrl = body(replaced).get("avatar_url").asString();
        assertThat(webpUrl).endsWith(".webp");
        assertThat(fetch(webpUrl).headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(fetch(jpegUrl).statusCode()).as("the old file is gone").isEqualTo(404);
        assertThat(Files.exists(file(jpegUrl))).isFalse();
    }

    @Test
    void fakeEmptyAndOversizeImagesAreRefusedAndNothingIsWritten() throws Exception {
        String token = token(admin);
        long filesBefore = files();
        byte[] oversize = Arrays.copyOf(image("png"), 2 * 1024 * 1024 + 1);

        assertError(
                upload(customerId, token, "notes.png", "image/png", "just some text".getBytes(StandardCharsets.UTF_8)),
                415,
                "UNSUPPORTED_AVATAR_TYPE");
        assertError(
                upload(
                        customerId,
                        token,
                        "drawing.svg",
                        "image/svg+xml",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)),
                415,
                "UNSUPPORTED_AVATAR_TYPE");
        assertError(upload(customerId, token, "big.png", "image/png", oversize), 413, "AVATAR_TOO_LARGE");
        assertError(upload(customerId, token, "empty.png", "image/png", new byte[0]), 422, "VALIDATION_FAILED");
        assertError(
                send(request("/v1/customers/" + customerId + "/avatar", token)
                        .header("Content-Type", "multipart/form-data; boundary=nothing")
                        .POST(HttpRequest.BodyPublishers.ofString("--nothing--\r\n"))),
                400,
                "BAD_REQUEST");
        assertError(
                send(request("/v1/customers/" + customerId + "/avatar", token)
                        .header("Content-Type", "image/png")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(image("png")))),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertThat(body(get("/v1/customers/" + customerId, token))
                        .get("avatar_url")
                        .isNull())
                .isTrue();
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void onlyAdminsAndManagersOfTheBusinessUploadAndUnknownCustomersGetNoFile() throws Exception {
        long filesBefore = files();
        byte[] png = image("png");

        assertError(upload(customerId, token(viewer), "a.png", "image/png", png), 403, "FORBIDDEN");
        assertError(upload(customerId, token(customerUser), "a.png", "image/png", png), 403, "FORBIDDEN");
        assertError(upload(customerId, token(otherAdmin), "a.png", "image/png", png), 404, "CUSTOMER_NOT_FOUND");
        assertError(
                upload(UUID.randomUUID().toString(), token(admin), "a.png", "image/png", png),
                404,
                "CUSTOMER_NOT_FOUND");
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void deletingTheCustomerOrLinkingAnotherImageRemovesTheFile() throws Exception {
        String first = body(upload(customerId, token(admin), "a.png", "image/png", image("png")))
                .get("avatar_url")
                .asString();
        String otherId = body(postJson("/v1/customers", token(admin), Map.of("full_name", "Other Pictured")))
                .get("id")
                .asString();
        String second = body(upload(otherId, token(admin), "b.png", "image/png", image("png")))
                .get("avatar_url")
                .asString();

        assertError(patch(customerId, "{\"avatar_url\": \"" + second + "\"}"), 422, "VALIDATION_FAILED");
        HttpResponse<String> linked = patch(customerId, "{\"avatar_url\": \"https://cdn.example.com/me.png\"}");
        assertThat(send(request("/v1/customers/" + otherId, token(admin)).DELETE())
                        .statusCode())
                .isEqualTo(204);

        assertThat(body(linked).get("avatar_url").asString()).isEqualTo("https://cdn.example.com/me.png");
        assertThat(fetch(first).statusCode()).isEqualTo(404);
        assertThat(fetch(second).statusCode()).isEqualTo(404);
        assertThat(Files.exists(file(second))).isFalse();
    }

    @Test
    void unknownAndForgedAvatarNamesAreNotFound() throws Exception {
        assertError(get("/v1/customers/avatars/" + UUID.randomUUID() + ".png"), 404, "AVATAR_NOT_FOUND");
        assertError(get("/v1/customers/avatars/..passwd.png"), 404, "AVATAR_NOT_FOUND");
        assertThat(get("/v1/customers/avatars/..%2F..%2Fetc%2Fpasswd").statusCode())
                .as("refused before any lookup")
                .isEqualTo(400);
        assertThat(get("/v1/customers/" + customerId).statusCode())
                .as("profiles still need a token")
                .isEqualTo(401);
    }

    private HttpResponse<String> upload(String id, String token, String fileName, String contentType, byte[] content)
            throws Exception {
        return postFile("/v1/customers/" + id + "/avatar", token, fileName, contentType, content);
    }

    private HttpResponse<String> patch(String id, String mergePatch) throws Exception {
        return send(request("/v1/customers/" + id, token(admin))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(mergePatch)));
    }

    private HttpResponse<byte[]> fetch(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(request(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path file(String url) {
        return directory.resolve(url.substring(url.lastIndexOf('/') + 1));
    }

    private long files() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var listing = Files.list(directory)) {
            return listing.count();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
