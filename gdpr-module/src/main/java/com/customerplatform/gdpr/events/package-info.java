/** Integration events of the GDPR module, published to exchange {@code bee.customers.events}; ids only. */
@NamedInterface("events")
package com.customerplatform.gdpr.events;

import org.springframework.modulith.NamedInterface;
