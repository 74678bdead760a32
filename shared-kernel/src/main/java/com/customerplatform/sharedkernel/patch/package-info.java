/** Partial updates: which fields a request names, and their values (null clears). */
@NamedInterface("patch")
package com.customerplatform.sharedkernel.patch;

import org.springframework.modulith.NamedInterface;
