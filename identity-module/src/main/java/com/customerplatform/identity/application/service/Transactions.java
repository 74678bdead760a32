package com.customerplatform.identity.application.service;

import java.util.function.Supplier;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transaction boundaries for a service that does slow work, a bcrypt hash, between two
 * transactions instead of inside one, where it would hold a pooled connection all along.
 */
public class Transactions {

    @Transactional(readOnly = true)
    <T> T readOnly(Supplier<T> work) {
        return work.get();
    }

    @Transactional
    <T> T readWrite(Supplier<T> work) {
        return work.get();
    }
}
