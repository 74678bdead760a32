package com.customerplatform.customer.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum Gender {
    MALE,
    FEMALE,
    OTHER,
    UNSPECIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gender> fromCode(String code) {
        return Arrays.stream(values())
                .filter(gender -> gender.code().equals(code))
                .findFirst();
    }
}
