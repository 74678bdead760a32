/** The audit trail: who did what, when, from where — security events included. */
@NamedInterface("audit")
package com.customerplatform.sharedkernel.audit;

import org.springframework.modulith.NamedInterface;
