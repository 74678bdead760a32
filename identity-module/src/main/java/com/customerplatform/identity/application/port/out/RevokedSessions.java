package com.customerplatform.identity.application.port.out;

import java.util.UUID;

/**
 * Sessions ended before their access tokens expire (logout, password change, deactivation, refresh
 * token replay). Checked on every request, so it lives in Redis when configured (shared by every
 * instance) or in this process otherwise; an entry only needs to outlive the access tokens.
 */
public interface RevokedSessions {

    void revoke(UUID sessionId);

    boolean isRevoked(UUID sessionId);
}
