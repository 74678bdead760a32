/** Domain exceptions with stable error codes; the web adapter maps each kind to its HTTP status. */
@NamedInterface("error")
package com.customerplatform.sharedkernel.error;

import org.springframework.modulith.NamedInterface;
