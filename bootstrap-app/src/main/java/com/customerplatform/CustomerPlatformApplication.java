package com.customerplatform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The customer platform. Lives directly in the root package so that Spring Modulith sees each
 * direct sub-package ({@code company}, {@code identity}, {@code customer}, {@code gdpr},
 * {@code platform}) as an application module.
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
@Modulithic(systemName = "Customer Platform", sharedModules = "sharedkernel")
public class CustomerPlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerPlatformApplication.class, args);
    }
}
