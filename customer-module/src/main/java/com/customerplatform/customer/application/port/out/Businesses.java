package com.customerplatform.customer.application.port.out;

import java.util.UUID;

/** The companies customer profiles belong to. */
public interface Businesses {

    /** Whether a company with this uuid exists and is active. */
    boolean isActive(UUID businessId);
}
