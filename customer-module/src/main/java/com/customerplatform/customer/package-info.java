/**
 * Customer profiles with notes, tags and order statistics. Uses the company module's API and
 * listens to the identity module's integration events.
 */
@ApplicationModule(displayName = "Customer", allowedDependencies = {"company", "identity", "identity :: events", "sharedkernel :: *"})
package com.customerplatform.customer;

import org.springframework.modulith.ApplicationModule;
