package com.customerplatform.sharedkernel.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hexagon every bounded-context module follows (STYLE.md, "Architecture tests"), written once
 * and run by each module against its own base package. Each rule fails when the package it is
 * about has no classes ({@code failOnEmptyShould}), and {@link #missingPackages} names every
 * layer a module declares but lacks, so no rule passes vacuously.
 */
public final class HexagonalArchitectureRules {

    /** Layers every module with a domain has; modules list any further ones they declare. */
    public static final List<String> CORE_LAYERS = List.of(
            "domain",
            "application.port.in",
            "application.service",
            "adapter.in.web",
            "adapter.out.persistence",
            "config");

    private final String base;
    private final JavaClasses classes;

    private HexagonalArchitectureRules(String basePackage, JavaClasses classes) {
        this.base = basePackage;
        this.classes = classes;
    }

    /** The rules over a module's production classes. */
    public static HexagonalArchitectureRules forModule(String basePackage) {
        return new HexagonalArchitectureRules(
                basePackage,
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(basePackage));
    }

    /** The rules over any classes, e.g. the test fixtures that check the rules themselves. */
    static HexagonalArchitectureRules forClasses(String basePackage) {
        return new HexagonalArchitectureRules(basePackage, new ClassFileImporter().importPackages(basePackage));
    }

    public JavaClasses classes() {
        return classes;
    }

    /** The declared layers (relative to the base package) that contain no class. */
    public List<String> missingPackages(List<String> layers) {
        return layers.stream()
                .filter(layer ->
                        classes.stream().noneMatch(c -> c.getPackageName().startsWith(base + "." + layer)))
                .toList();
    }

    /** Domain code is plain Java: it sees only the JDK, the shared kernel and its own module's domain. */
    public ArchRule domainIsPlainJava() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("domain"))
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "com.customerplatform.sharedkernel..", pkg("domain"))
                .allowEmptyShould(false)
                .as("the domain of " + base + " depends only on java.. and the shared kernel");
    }

    public ArchRule applicationDoesNotDependOnAdapters() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("application"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(pkg("adapter"), pkg("config"))
                .allowEmptyShould(false)
                .as("the application layer of " + base + " does not know its adapters");
    }

    /** Spring may reach the application layer only for transaction boundaries. */
    public ArchRule applicationUsesSpringOnlyForTransactions() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("application"))
                .should()
                .dependOnClassesThat(resideInAPackage("org.springframework..")
                        .and(resideOutsideOfPackage("org.springframework.transaction.annotation..")))
                .allowEmptyShould(false)
                .as("the application layer of " + base + " uses Spring only for @Transactional");
    }

    public ArchRule inboundAdaptersDoNotUseOutboundAdapters() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapter.in"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("adapter.out"))
                .allowEmptyShould(false)
                .as("inbound adapters of " + base + " do not use outbound adapters");
    }

    public ArchRule outboundAdaptersDoNotUseInboundAdapters() {
        return noClasses()
                .that()
                .resideInAPackage(pkg("adapter.out"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(pkg("adapter.in"))
                .allowEmptyShould(false)
                .as("outbound adapters of " + base + " do not use inbound adapters");
    }

    public ArchRule jooqOnlyInPersistenceAdapter() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages(pkg("adapter.out.persistence"), pkg("config"))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jooq..")
                .allowEmptyShould(false)
                .as("only the persistence adapter and config of " + base + " use jOOQ");
    }

    public ArchRule amqpOnlyInAdaptersAndConfig() {
        return noClasses()
                .that()
                .resideInAnyPackage(pkg("domain"), pkg("application"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.amqp..", "com.rabbitmq..")
                .allowEmptyShould(false)
                .as("AMQP stays in the adapters and config of " + base);
    }

    public ArchRule jwtOnlyInIdentityAdapters() {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages(
                        "com.customerplatform.identity.adapter..", "com.customerplatform.identity.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jsonwebtoken..")
                .allowEmptyShould(false)
                .as("jjwt is used only by the identity module's adapters");
    }

    /** Every rule above, for a module test to check in one go. */
    public Stream<ArchRule> all() {
        return Stream.of(
                domainIsPlainJava(),
                applicationDoesNotDependOnAdapters(),
                applicationUsesSpringOnlyForTransactions(),
                inboundAdaptersDoNotUseOutboundAdapters(),
                outboundAdaptersDoNotUseInboundAdapters(),
                jooqOnlyInPersistenceAdapter(),
                amqpOnlyInAdaptersAndConfig(),
                jwtOnlyInIdentityAdapters());
    }

    private String pkg(String layer) {
        return base + "." + layer + "..";
    }
}
