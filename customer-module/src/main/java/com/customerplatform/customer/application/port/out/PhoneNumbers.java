package com.customerplatform.customer.application.port.out;

import java.util.Optional;

/** Phone number validation and normal form. */
public interface PhoneNumbers {

    /** The number in E.164, or empty if it is not a valid international number. */
    Optional<String> toE164(String raw);
}
