package com.customerplatform.identity.application.port.out;

/** Counts sign-in attempts by outcome for operators. */
public interface LoginMetrics {

    void attempt(String outcome);
}
