/** The trace id of the current unit of work, carried into logs and events. */
@NamedInterface("trace")
package com.customerplatform.sharedkernel.trace;

import org.springframework.modulith.NamedInterface;
