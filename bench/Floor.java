import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stack's floor for bench/run: a bare Spring Boot MVC service on the same Tomcat, with virtual
 * threads, answering {@code GET /v1/customers/{id}} with a customer-sized JSON made in memory. No
 * security, metrics, tracing, rate limits or database: what any endpoint of this stack costs before
 * the service's own work. Run with the packaged jar's libraries on the class path, as a single-file
 * program, with the service's JVM options; its arguments are Spring Boot's (e.g. --server.port=8100).
 */
@SpringBootConfiguration
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
@Import(Floor.Customers.class)
public class Floor {

    public static void main(String[] args) {
        System.setProperty("spring.threads.virtual.enabled", "true");
        System.setProperty("spring.jackson.property-naming-strategy", "SNAKE_CASE");
        SpringApplication.run(Floor.class, args);
    }

    /** The fields of the service's customer resource (docs/api.md), so the response is as large. */
    record Customer(UUID id, UUID userId, UUID businessId, String fullName, String email, String phone, String gender,
            String avatarUrl, long totalOrders, BigDecimal lifetimeValue, List<String> tags, Instant createdAt,
            Instant updatedAt) {}

    @RestController
    static class Customers {

        private static final Instant CREATED = Instant.parse("2026-12-07T22:41:07.360947Z");

        @GetMapping("/v1/customers/{id}")
        Customer get(@PathVariable("id") UUID id) {
            return new Customer(id, null, id, "Zekaka Ritaka", "client10.13@mail.example", "+573000010013", "female",
                    null, 0, BigDecimal.ZERO.setScale(2), List.of("Tag 1", "Tag 5"), CREATED, Instant.now());
        }
    }
}
