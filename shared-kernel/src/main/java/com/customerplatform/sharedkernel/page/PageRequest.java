package com.customerplatform.sharedkernel.page;

import com.customerplatform.sharedkernel.error.InvalidInputException;

/** A window of a list: {@code limit} 1–100 (default 20), {@code offset} from 0. Out of range is refused, not clamped. */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw InvalidInputException.of("offset", "must not be negative");
        }
    }

    public static PageRequest of(Integer limit, Integer offset) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
