package com.customerplatform.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A request body as sent on the wire, with its declared media type (which may be a lie). */
final class Payload {

    private final String contentType;
    private final byte[] bytes;

    Payload(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    static Payload of(String contentType, String text) {
        return new Payload(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
        return contentType;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    Payload withContentType(String other) {
        return new Payload(other, bytes);
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isJson() {
        return contentType.contains("json");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payload payload
                && contentType.equals(payload.contentType)
                && Arrays.equals(bytes, payload.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    /** Short enough for an assertion message, whatever the body's size. */
    @Override
    public String toString() {
        String text = text();
        return contentType + " "
                + (text.length() > 300 ? text.substring(0, 300) + "…(" + bytes.length + " bytes)" : text);
    }
}
