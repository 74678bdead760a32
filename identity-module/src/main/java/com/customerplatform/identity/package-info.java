/**
 * User accounts, authentication, sessions, roles and permissions. Uses the company module's API
 * (a user's company must exist and be active).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"company", "company :: spi", "company :: events", "sharedkernel :: *"})
package com.customerplatform.identity;

import org.springframework.modulith.ApplicationModule;
