/** The integration-event contract: metadata every event carries and the publisher port. */
@NamedInterface("event")
package com.customerplatform.sharedkernel.event;

import org.springframework.modulith.NamedInterface;
