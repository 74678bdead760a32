/**
 * Cross-cutting infrastructure of the running service: error rendering, request tracing,
 * configuration from the environment, and the outbox's externalization to RabbitMQ. It may see
 * every module's published API and events, and no module may depend on it.
 */
@ApplicationModule(displayName = "Platform")
package com.customerplatform.platform;

import org.springframework.modulith.ApplicationModule;
