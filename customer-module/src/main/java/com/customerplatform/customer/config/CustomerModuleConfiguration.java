package com.customerplatform.customer.config;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.customer.adapter.in.event.UserRegisteredListener;
import com.customerplatform.customer.adapter.in.gdpr.CustomerPersonalData;
import com.customerplatform.customer.adapter.out.company.CompanyBusinesses;
import com.customerplatform.customer.adapter.out.identity.IdentityPlatformUsers;
import com.customerplatform.customer.adapter.out.persistence.JooqCustomerRepository;
import com.customerplatform.customer.adapter.out.persistence.JooqNoteRepository;
import com.customerplatform.customer.adapter.out.persistence.JooqOrderHistory;
import com.customerplatform.customer.adapter.out.persistence.JooqTagRepository;
import com.customerplatform.customer.adapter.out.phone.LibPhoneNumbers;
import com.customerplatform.customer.adapter.out.ratelimit.Bucket4jPatchRateLimiter;
import com.customerplatform.customer.adapter.out.ratelimit.PatchRate;
import com.customerplatform.customer.adapter.out.storage.FilesystemAvatarStorage;
import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.application.port.out.PatchRateLimiter;
import com.customerplatform.customer.application.service.AvatarService;
import com.customerplatform.customer.application.service.CustomerPersonalDataService;
import com.customerplatform.customer.application.service.CustomerService;
import com.customerplatform.customer.application.service.CustomerStatisticsService;
import com.customerplatform.customer.application.service.NoteService;
import com.customerplatform.customer.application.service.TagService;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.customer.domain.NoteRepository;
import com.customerplatform.customer.domain.OrderHistory;
import com.customerplatform.customer.domain.TagRepository;
import com.customerplatform.identity.IdentityApi;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import io.lettuce.core.RedisClient;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.unit.DataSize;

/** Wires the customer module's hexagon. */
@Configuration(proxyBeanMethods = false)
public class CustomerModuleConfiguration {

    @Bean
    CustomerRepository customerRepository(DSLContext dsl) {
        return new JooqCustomerRepository(dsl);
    }

    /**
     * Shared by every instance through Redis when it is configured ({@code platform.redis.mode}, set
     * from {@code REDIS_URL}). Asked when the bean is made, not in a {@code @Conditional}, so that a
     * build processed ahead of time serves both modes (docs/adr/0008).
     */
    @Bean
    PatchRateLimiter patchRateLimiter(
            Environment environment,
            ObjectProvider<LettuceConnectionFactory> redis,
            @Value("${platform.customers.patch-rate}") String rate) {
        return "REDIS".equals(environment.getProperty("platform.redis.mode"))
                ? Bucket4jPatchRateLimiter.inRedis(
                        (RedisClient) redis.getObject().getNativeClient(), PatchRate.parse(rate))
                : Bucket4jPatchRateLimiter.inProcess(PatchRate.parse(rate));
    }

    @Bean
    TagRepository tagRepository(DSLContext dsl) {
        return new JooqTagRepository(dsl);
    }

    @Bean
    AvatarStorage avatarStorage(@Value("${platform.customers.avatars.directory}") Path directory) {
        return new FilesystemAvatarStorage(directory);
    }

    @Bean
    AvatarService avatarService(
            CustomerRepository customers,
            AvatarStorage storage,
            @Value("${platform.customers.avatars.max-size}") DataSize maxSize,
            IntegrationEventPublisher events,
            Clock clock) {
        return new AvatarService(customers, storage, maxSize.toBytes(), events, clock);
    }

    @Bean
    CustomerService customerService(
            CustomerRepository customers,
            TagRepository tags,
            AvatarStorage avatars,
            CompanyApi companies,
            IdentityApi identity,
            PatchRateLimiter patchRate,
            IntegrationEventPublisher events,
            Clock clock) {
        return new CustomerService(
                customers,
                tags,
                avatars,
                new CompanyBusinesses(companies),
                new IdentityPlatformUsers(identity),
                new LibPhoneNumbers(),
                patchRate,
                events,
                clock);
    }

    @Bean
    OrderHistory orderHistory(DSLContext dsl) {
        return new JooqOrderHistory(dsl);
    }

    @Bean
    NoteRepository noteRepository(DSLContext dsl) {
        return new JooqNoteRepository(dsl);
    }

    @Bean
    NoteService noteService(NoteRepository notes, CustomerRepository customers, Clock clock) {
        return new NoteService(notes, customers, clock);
    }

    @Bean
    CustomerStatisticsService customerStatisticsService(
            CustomerRepository customers,
            NoteRepository notes,
            TagRepository tags,
            @Value("${platform.customers.orders.currency}") String currency) {
        return new CustomerStatisticsService(customers, notes, tags, currency);
    }

    @Bean
    TagService tagService(TagRepository tags, CustomerRepository customers, Clock clock) {
        return new TagService(tags, customers, clock);
    }

    @Bean
    CustomerPersonalDataService customerPersonalDataService(
            CustomerRepository customers,
            NoteRepository notes,
            TagRepository tags,
            OrderHistory orders,
            AvatarStorage avatars,
            IntegrationEventPublisher events,
            Clock clock) {
        return new CustomerPersonalDataService(customers, notes, tags, orders, avatars, events, clock);
    }

    /** The customer module's share of GDPR export and erasure. */
    @Bean
    @Order(100)
    CustomerPersonalData customerPersonalData(CustomerPersonalDataService personalData) {
        return new CustomerPersonalData(personalData);
    }

    @Bean
    UserRegisteredListener userRegisteredListener(CustomerService customers) {
        return new UserRegisteredListener(customers);
    }
}
