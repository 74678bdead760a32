package com.customerplatform.company.domain.company;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's lifecycle. Only an active company's users may sign in. Allowed moves: active ⇄
 * inactive, either of them → suspended, suspended → active (a suspension is lifted by reactivating).
 */
public enum CompanyStatus {
    ACTIVE,
    INACTIVE,
    SUSPENDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(CompanyStatus next) {
        return switch (this) {
            case ACTIVE -> Set.of(INACTIVE, SUSPENDED).contains(next);
            case INACTIVE -> Set.of(ACTIVE, SUSPENDED).contains(next);
            case SUSPENDED -> next == ACTIVE;
        };
    }

    public static Optional<CompanyStatus> fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst();
    }
}
