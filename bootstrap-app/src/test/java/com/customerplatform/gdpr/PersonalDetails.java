package com.customerplatform.gdpr;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A data subject's personal details, unique to one test so that a scan of the whole database can
 * tell whether any of them is left.
 */
record PersonalDetails(
        String username,
        String firstName,
        String lastName,
        String email,
        String phone,
        String documentNumber,
        String address) {

    static final String PASSWORD = "a subject's own password";

    static PersonalDetails unique() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new PersonalDetails(
                "subject_" + tag,
                "Zaphyra" + tag,
                "Quillon" + tag,
                "zq." + tag + "@example.org",
                "+57300" + random.nextInt(1_000_000, 9_999_999),
                Long.toString(random.nextLong(1_000_000_000L, 9_999_999_999L)),
                "Calle " + tag + " # 12-34");
    }

    /** What must not survive an erasure anywhere in the database. */
    List<String> personalValues() {
        return List.of(username, firstName, lastName, email, phone, documentNumber, address);
    }
}
