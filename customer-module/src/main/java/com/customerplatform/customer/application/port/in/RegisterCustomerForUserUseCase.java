package com.customerplatform.customer.application.port.in;

import java.util.UUID;

/** A user registered with role {@code customer} gets a profile in its company, once. */
public interface RegisterCustomerForUserUseCase {

    void registerFor(UUID userId, UUID businessId);
}
