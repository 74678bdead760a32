package com.customerplatform.customer.config;

import com.customerplatform.company.CompanyApi;
import com.customerplatform.customer.adapter.in.event.UserRegisteredListener;
import com.customerplatform.customer.adapter.out.company.CompanyBusinesses;
import com.customerplatform.customer.adapter.out.identity.IdentityPlatformUsers;
import com.customerplatform.customer.adapter.out.persistence.JooqCustomerRepository;
import com.customerplatform.customer.adapter.out.phone.LibPhoneNumbers;
import com.customerplatform.customer.application.service.CustomerService;
import com.customerplatform.customer.domain.CustomerRepository;
import com.customerplatform.identity.IdentityApi;
import com.customerplatform.sharedkernel.event.IntegrationEventPublisher;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the customer module's hexagon. */
@Configuration(proxyBeanMethods = false)
public class CustomerModuleConfiguration {

    @Bean
    CustomerRepository customerRepository(DSLContext dsl) {
        return new JooqCustomerRepository(dsl);
    }

    @Bean
    CustomerService customerService(CustomerRepository customers, CompanyApi companies, IdentityApi identity,
            IntegrationEventPublisher events, Clock clock) {
        return new CustomerService(customers, new CompanyBusinesses(companies), new IdentityPlatformUsers(identity),
                new LibPhoneNumbers(), events, clock);
    }

    @Bean
    UserRegisteredListener userRegisteredListener(CustomerService customers) {
        return new UserRegisteredListener(customers);
    }
}
