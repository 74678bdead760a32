package com.customerplatform.gdpr.spi;

import java.util.stream.Stream;

/**
 * A section of an export: one JSON object ({@code <section>.json}) written member by member as it
 * is produced, so that large collections never sit in memory, and attached files beside it.
 * Values are serialised like API responses (snake_case members, ISO-8601 instants).
 */
public interface SectionWriter {

    /** A member with a small value (a record, a map, a list or a scalar). */
    void field(String name, Object value);

    /**
     * A member whose array is written item by item as the stream yields them (flatMap over lazy
     * streams is fine); the stream is consumed and closed.
     */
    void array(String name, Stream<?> items);

    /** A file beside the section's JSON, e.g. an avatar image, as {@code <section>/<fileName>}. */
    void attachment(String fileName, byte[] content);
}
