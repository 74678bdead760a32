package com.customerplatform.company.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.customerplatform.company.domain.documenttype.DocumentNumberRule;
import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import com.customerplatform.company.domain.documenttype.DocumentTypeRepository;
import com.customerplatform.sharedkernel.test.TestServices;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The generated jOOQ classes against real PostgreSQL with the module's Liquibase changelogs applied. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.liquibase.change-log=classpath:db/changelog/company-test-master.yaml")
@ActiveProfiles("test-services")
class JooqDocumentTypeRepositoryTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestServices.class)
    static class PersistenceTestApplication {}

    DocumentTypeRepository documentTypes;

    @Autowired
    void repository(DSLContext dsl) {
        documentTypes = new JooqDocumentTypeRepository(dsl);
    }

    @Test
    void readsTheSeededCatalogueOrderedByCountryWithInternationalTypesLast() {
        List<DocumentType> all = documentTypes.findAll(true);

        assertThat(all)
                .extracting(type -> type.code().value())
                .contains("CC", "CE", "TI", "NIT", "RUT", "PASSPORT", "ES_DNI", "BR_CPF", "CL_RUT", "RO_CNP");
        assertThat(all).extracting(DocumentType::country).containsSubsequence("BR", "CL", "CO", "ES", "RO");
        assertThat(all.getLast().country()).isNull();
        assertThat(all).allSatisfy(type -> {
            assertThat(type.id()).isPositive();
            assertThat(type.active()).isTrue();
            assertThat(type.createdAt()).isNotNull();
        });
    }

    @Test
    void findsATypeByItsCodeCaseInsensitivelyWithItsRule() {
        DocumentType nit = documentTypes.findByCode(new DocumentTypeCode("nit")).orElseThrow();

        assertThat(nit.name()).isEqualTo("Número de Identificación Tributaria");
        assertThat(nit.country()).isEqualTo("CO");
        assertThat(nit.rule()).isEqualTo(DocumentNumberRule.CO_NIT);
        assertThat(nit.normalize("900.123.456-8")).contains("900123456-8");
    }

    @Test
    void anUnknownCodeIsEmpty() {
        assertThat(documentTypes.findByCode(new DocumentTypeCode("XX_NONE"))).isEmpty();
    }
}
