/**
 * User accounts, authentication, sessions, roles and permissions. Uses the company module's API
 * (a user's company must exist and be active) and implements the GDPR module's personal-data SPI.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"company", "company :: spi", "company :: events", "gdpr :: spi", "sharedkernel :: *"})
package com.customerplatform.identity;

import org.springframework.modulith.ApplicationModule;
