/**
 * The shared kernel: small plain-Java types that every bounded context speaks. No framework types
 * live here; anything that needs Spring, jOOQ or Jackson belongs to an adapter.
 */
package com.customerplatform.sharedkernel;
