/**
 * Companies (tenants) and the document-type catalogue. The most upstream bounded context: it
 * depends on no other bounded context (only on the GDPR module's personal-data SPI, which it
 * implements); what it needs from others (user counts, for instance) it declares as ports in
 * {@code spi} for them to implement.
 */
@ApplicationModule(
        displayName = "Company",
        allowedDependencies = {"gdpr :: spi", "sharedkernel :: *"})
package com.customerplatform.company;

import org.springframework.modulith.ApplicationModule;
