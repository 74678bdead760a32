package com.customerplatform.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void formatsAreRecognisedByTheirSignatures() {
        assertThat(ImageFormat.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).hasValue(ImageFormat.JPEG);
        assertThat(ImageFormat.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
                .hasValue(ImageFormat.PNG);
        assertThat(ImageFormat.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ')))
                .hasValue(ImageFormat.WEBP);
    }

    @Test
    void anythingElseIsNoImage() {
        assertThat(ImageFormat.detect(new byte[0])).isEmpty();
        assertThat(ImageFormat.detect(bytes(0xFF, 0xD8)))
                .as("a truncated signature")
                .isEmpty();
        assertThat(ImageFormat.detect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A)))
                .isEmpty();
        assertThat(ImageFormat.detect(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ')))
                .as("a RIFF container of another kind")
                .isEmpty();
        assertThat(ImageFormat.detect("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageFormat.detect("<svg/>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
