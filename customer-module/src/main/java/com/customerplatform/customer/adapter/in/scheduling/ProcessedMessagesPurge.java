package com.customerplatform.customer.adapter.in.scheduling;

import com.customerplatform.customer.application.port.in.RecordOrderEventUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Keeps the consumer's table of applied message ids to the deduplication window. */
public class ProcessedMessagesPurge {

    private static final Logger log = LoggerFactory.getLogger(ProcessedMessagesPurge.class);

    private final RecordOrderEventUseCase orders;

    public ProcessedMessagesPurge(RecordOrderEventUseCase orders) {
        this.orders = orders;
    }

    /** Hourly; safe on several instances at once (a plain delete by age). */
    @Scheduled(fixedDelayString = "${platform.customers.orders.purge-interval:1h}", initialDelayString = "5m")
    public void purge() {
        int forgotten = orders.forgetOldMessageIds();
        if (forgotten > 0) {
            log.info("Forgot {} order message ids older than the deduplication window", forgotten);
        }
    }
}
