/**
 * The personal-data SPI: modules that hold personal data implement {@link PersonalDataHolder}
 * (and the one that knows a subject's company, {@link DataSubjects}); the GDPR module finds the
 * implementations among the application's beans, so it depends on none of those modules.
 */
@NamedInterface("spi")
package com.customerplatform.gdpr.spi;

import org.springframework.modulith.NamedInterface;
