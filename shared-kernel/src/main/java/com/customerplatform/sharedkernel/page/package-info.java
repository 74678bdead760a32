/** Offset pagination shared by every list endpoint. */
@NamedInterface("page")
package com.customerplatform.sharedkernel.page;

import org.springframework.modulith.NamedInterface;
