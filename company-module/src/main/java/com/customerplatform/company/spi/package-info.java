/**
 * Ports the company module needs and other modules implement (dependency inversion: company
 * depends on nobody).
 */
@NamedInterface("spi")
package com.customerplatform.company.spi;

import org.springframework.modulith.NamedInterface;
