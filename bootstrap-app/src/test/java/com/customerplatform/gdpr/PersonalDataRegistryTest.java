package com.customerplatform.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.PlatformIntegrationTest;
import com.customerplatform.gdpr.spi.PersonalDataHolder;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry of personal-data columns is the modules' {@link PersonalDataHolder#personalDataColumns()}.
 * A column that looks personal must be registered by a holder (which exports and erases it) or be
 * listed here as not personal, with the reason: a new table with personal data and no SPI
 * implementation fails this test.
 */
class PersonalDataRegistryTest extends PlatformIntegrationTest {

    /** Column names that usually hold data about a person. */
    private static final Pattern LOOKS_PERSONAL = Pattern.compile(
            ".*(name|email|phone|address|document|birth|gender|avatar|body|note|password|ip|user_id|_by|author|actor|subject|serialized).*");

    /** Matches of the pattern that are not about a natural person, and why. */
    private static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("company.companies.name", "a company's name: a legal entity"),
            Map.entry("company.companies.business_name", "a company's registered name: a legal entity"),
            Map.entry("company.companies.document_type", "the kind of a company's tax document"),
            Map.entry("company.companies.document_number", "a company's tax number (NIT): a legal entity"),
            Map.entry("company.document_type.name", "catalogue of document kinds"),
            Map.entry("company.document_type.description", "catalogue of document kinds"),
            Map.entry("customer.tags.name", "a business's label, not about anyone"),
            Map.entry(
                    "identity.user_account.document_type",
                    "the kind of document, exported and erased with the account row"),
            Map.entry(
                    "gdpr.erasure_requests.subject_hash",
                    "a one-way hash of an erased subject's uuid, kept as the receipt"),
            Map.entry(
                    "gdpr.erasure_requests.requested_by", "the uuid of the staff member who asked, not of the subject"),
            Map.entry("gdpr.erasure_requests.requested_by_subject", "a flag"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void everyColumnThatLooksPersonalIsRegisteredByAHolderOrExplainedAsNotPersonal() {
        Set<String> registered = registered();

        Set<String> unaccounted = columns().stream()
                .filter(column -> LOOKS_PERSONAL
                        .matcher(column.substring(column.lastIndexOf('.') + 1))
                        .matches())
                .filter(column -> !registered.contains(column) && !NOT_PERSONAL.containsKey(column))
                .collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(unaccounted)
                .as("personal-data columns without a PersonalDataHolder (see docs/gdpr.md)")
                .isEmpty();
    }

    @Test
    void everyRegisteredColumnExists() {
        Set<String> missing = new HashSet<>(registered());
        missing.removeAll(columns());

        assertThat(missing).isEmpty();
    }

    @Test
    void everyColumnExplainedAsNotPersonalExistsAndLooksPersonal() {
        assertThat(NOT_PERSONAL.keySet())
                .allMatch(columns()::contains)
                .allMatch(column -> LOOKS_PERSONAL
                        .matcher(column.substring(column.lastIndexOf('.') + 1))
                        .matches());
    }

    @Test
    void sectionsAreUnique() {
        assertThat(holders.stream().map(PersonalDataHolder::section)).doesNotHaveDuplicates();
    }

    private Set<String> registered() {
        return holders.stream()
                .flatMap(holder -> holder.personalDataColumns().stream())
                .collect(Collectors.toSet());
    }

    private Set<String> columns() {
        return new HashSet<>(jdbc.queryForList("""
                SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema IN ('identity', 'company', 'customer', 'platform', 'gdpr')
                  AND table_name NOT LIKE 'databasechangelog%'""", String.class));
    }
}
