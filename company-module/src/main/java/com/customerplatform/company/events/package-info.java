/** Integration events of the company module, published to exchange {@code companies.events}. */
@NamedInterface("events")
package com.customerplatform.company.events;

import org.springframework.modulith.NamedInterface;
