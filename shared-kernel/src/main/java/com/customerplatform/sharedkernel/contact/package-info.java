/** Contact details every context validates the same way. */
@NamedInterface("contact")
package com.customerplatform.sharedkernel.contact;

import org.springframework.modulith.NamedInterface;
