/**
 * Integration events of the identity module, published to exchange {@code identity.events}. They
 * carry ids, not personal data: consumers that need more ask {@code IdentityApi}.
 */
@NamedInterface("events")
package com.customerplatform.identity.events;

import org.springframework.modulith.NamedInterface;
