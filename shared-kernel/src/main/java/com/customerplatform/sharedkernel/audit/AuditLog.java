package com.customerplatform.sharedkernel.audit;

/**
 * Outbound port of the audit trail. An entry is kept even when the surrounding transaction rolls
 * back: a failed sign-in is exactly what must be remembered.
 */
public interface AuditLog {

    void record(AuditEntry entry);
}
