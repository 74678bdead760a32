package com.customerplatform.identity.adapter.out.security;

import java.time.Duration;

/** How many failed sign-ins an account and a client address may have within a window. */
public record ThrottleLimits(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {}
