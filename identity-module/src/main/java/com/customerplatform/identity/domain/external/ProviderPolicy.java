package com.customerplatform.identity.domain.external;

import com.customerplatform.identity.domain.user.User;
import java.util.Objects;
import java.util.Set;

/**
 * Whom one external provider may sign in.
 *
 * @param allowedCompanies keys of the companies whose users may sign in with the provider; {@code *}
 *     admits every company. Platform operators (users of no company) never sign in externally.
 * @param provisionCompany the company in which a person without an account gets a new {@code
 *     customer} account; {@code null}: nobody is provisioned
 */
public record ProviderPolicy(Set<String> allowedCompanies, String provisionCompany) {

    public static final String EVERY_COMPANY = "*";

    public ProviderPolicy {
        allowedCompanies = Set.copyOf(Objects.requireNonNull(allowedCompanies, "allowedCompanies"));
        if (allowedCompanies.isEmpty()) {
            throw new IllegalArgumentException("allowed-companies must name at least one company (or *)");
        }
        if (provisionCompany != null && !admitsCompany(allowedCompanies, provisionCompany)) {
            throw new IllegalArgumentException(
                    "provision-company " + provisionCompany + " must be one of the allowed companies");
        }
    }

    public boolean admits(User user) {
        return user.companyId() != null && !user.superuser() && admitsCompany(allowedCompanies, user.companyId());
    }

    public boolean provisions() {
        return provisionCompany != null;
    }

    private static boolean admitsCompany(Set<String> allowed, String companyId) {
        return allowed.contains(EVERY_COMPANY) || allowed.contains(companyId);
    }
}
