/** Who is acting: the authenticated caller as every module's application layer sees it. */
@NamedInterface("actor")
package com.customerplatform.sharedkernel.actor;

import org.springframework.modulith.NamedInterface;
