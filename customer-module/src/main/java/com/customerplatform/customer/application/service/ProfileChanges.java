package com.customerplatform.customer.application.service;

import com.customerplatform.customer.domain.Customer;
import com.customerplatform.customer.events.CustomerUpdatedIntegrationEvent;
import com.customerplatform.sharedkernel.event.EventMetadata;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code customers.updated} as every kind of profile change publishes it: {@code {field: {old, new}}}. */
final class ProfileChanges {

    private ProfileChanges() {}

    static Map<String, Object> change(Object old, Object now) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("old", old);
        change.put("new", now);
        return change;
    }

    static CustomerUpdatedIntegrationEvent updated(
            Customer saved, Map<String, Map<String, Object>> changes, Clock clock) {
        return new CustomerUpdatedIntegrationEvent(
                EventMetadata.next(clock), saved.id(), saved.userId(), saved.businessId(), changes, saved.version());
    }
}
