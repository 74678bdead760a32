/**
 * Customer profiles with notes, tags and order statistics. Uses the company module's API and
 * listens to the identity module's integration events; implements the GDPR module's personal-data SPI.
 */
@ApplicationModule(
        displayName = "Customer",
        allowedDependencies = {"company", "identity", "identity :: events", "gdpr :: spi", "sharedkernel :: *"})
package com.customerplatform.customer;

import org.springframework.modulith.ApplicationModule;
