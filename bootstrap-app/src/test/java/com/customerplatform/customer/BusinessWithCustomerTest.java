package com.customerplatform.customer;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestCompany;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each test gets a fresh business: one user of every role that matters to customers, an admin of
 * another company, and one customer profile created by the admin.
 */
abstract class BusinessWithCustomerTest extends PlatformIntegrationTest {

    @Autowired
    protected JdbcTemplate jdbc;

    protected TestCompany company;
    protected TestUser admin;
    protected TestUser manager;
    protected TestUser viewer;
    protected TestUser customerUser;
    protected TestUser otherAdmin;
    protected String customerId;

    @BeforeEach
    void createBusinessWithCustomer() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        company = accounts.company("active");
        admin = accounts.user(company, "admin");
        manager = accounts.user(company, "manager");
        viewer = accounts.user(company, "viewer");
        customerUser = accounts.user(company, "customer");
        otherAdmin = accounts.user(accounts.company("active"), "admin");
        customerId = body(postJson("/v1/customers", token(admin), Map.of("full_name", "Test Customer")))
                .get("id")
                .asString();
    }

    protected String token(TestUser user) throws Exception {
        return login(user.username(), TestAccounts.PASSWORD);
    }
}
