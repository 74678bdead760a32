/** Integration events of the customer module, published to exchange {@code bee.customers.events}. */
@NamedInterface("events")
package com.customerplatform.customer.events;

import org.springframework.modulith.NamedInterface;
