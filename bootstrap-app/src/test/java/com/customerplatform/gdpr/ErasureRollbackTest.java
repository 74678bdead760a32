package com.customerplatform.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.gdpr.spi.DataSubject;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import com.customerplatform.gdpr.spi.ProcessingRecord;
import com.customerplatform.gdpr.spi.SectionWriter;
import com.customerplatform.identity.TestAccounts;
import com.customerplatform.identity.TestAccounts.TestUser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/** One module failing midway undoes the whole erasure: one database transaction for every module. */
class ErasureRollbackTest extends PlatformIntegrationTest {

    /** The subject whose erasure the failing module breaks; any other passes through. */
    static volatile UUID failFor;

    @Autowired
    JdbcTemplate jdbc;

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingModule {

        /** Runs after the customer module (100) erased its rows and before identity (200). */
        @Bean
        @Order(150)
        PersonalDataHolder failingModule() {
            return new PersonalDataHolder() {
                @Override
                public String section() {
                    return "failing";
                }

                @Override
                public ProcessingRecord processing() {
                    return new ProcessingRecord(List.of("test"), "test", List.of(), List.of(), "none");
                }

                @Override
                public Set<String> personalDataColumns() {
                    return Set.of();
                }

                @Override
                public boolean holdsDataOf(DataSubject subject) {
                    return subject.id().equals(failFor);
                }

                @Override
                public void export(DataSubject subject, SectionWriter section) {
                    section.field("nothing", Map.of());
                }

                @Override
                public int erase(DataSubject subject) {
                    throw new IllegalStateException("simulated failure of a module's erasure");
                }
            };
        }
    }

    @Test
    void aFailingModuleLeavesEveryOtherModulesDataInPlace() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc);
        TestAccounts.TestCompany company = accounts.company("active");
        TestUser admin = accounts.user(company, "admin");
        TestUser subject = accounts.user(company, "customer");
        String adminToken = login(admin.username(), TestAccounts.PASSWORD);
        String profileId = body(postJson(
                        "/v1/customers", adminToken, Map.of("full_name", "Rolled Back", "user_id", subject.uuid())))
                .get("id")
                .asString();
        postJson("/v1/customers/" + profileId + "/notes", adminToken, Map.of("body", "Still here afterwards"));
        login(subject.username(), TestAccounts.PASSWORD);
        failFor = subject.uuid();

        HttpResponse<String> erase =
                postJson("/v1/customers/gdpr/erase", adminToken, Map.of("user_id", subject.uuid()));

        assertError(erase, 500, "INTERNAL_ERROR");
        assertThat(count("customer.customers WHERE user_id = ?", subject.uuid()))
                .as("profiles")
                .isEqualTo(1);
        assertThat(count("customer.notes WHERE customer_id = ?::uuid", profileId))
                .as("notes")
                .isEqualTo(1);
        assertThat(count("identity.user_account WHERE uuid = ?", subject.uuid()))
                .as("account")
                .isEqualTo(1);
        assertThat(count("platform.audit_log WHERE subject_id = ? AND client_address IS NOT NULL", subject.uuid()))
                .as("audit")
                .isPositive();
        assertThat(count(
                        "gdpr.erasure_requests WHERE subject_hash = ?",
                        com.customerplatform.gdpr.domain.ErasureRequest.hashOf(subject.uuid())))
                .as("no receipt")
                .isZero();
        assertThat(login(subject.username(), TestAccounts.PASSWORD))
                .as("the account still signs in")
                .isNotBlank();
    }

    private int count(String fromWhere, Object argument) {
        return jdbc.queryForObject("SELECT count(*) FROM " + fromWhere, Integer.class, argument);
    }
}
