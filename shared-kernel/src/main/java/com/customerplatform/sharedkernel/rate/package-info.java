/** Rates such as {@code 5/minute}, the notation every configured limit uses. */
@NamedInterface("rate")
package com.customerplatform.sharedkernel.rate;

import org.springframework.modulith.NamedInterface;
