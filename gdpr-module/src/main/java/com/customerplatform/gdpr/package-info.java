/**
 * Data-subject rights (GDPR Art. 15, 17, 20): export and erasure across every module. Defines the
 * personal-data SPI that modules holding personal data implement, so it depends on none of them.
 */
@ApplicationModule(
        displayName = "GDPR",
        allowedDependencies = {"sharedkernel :: *"})
package com.customerplatform.gdpr;

import org.springframework.modulith.ApplicationModule;
