package com.customerplatform.sharedkernel.page;

import java.util.List;
import java.util.function.Function;

/** One window of a list and the size of the whole list. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return request.offset() + items.size() < total;
    }

    public boolean hasPrevious() {
        return request.offset() > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }
}
