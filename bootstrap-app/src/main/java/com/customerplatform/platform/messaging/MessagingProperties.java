package com.customerplatform.platform.messaging;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param exchanges topic exchange per event channel (the part of an event type before the first dot)
 * @param confirmTimeout how long the broker may take to confirm a message before its publication is
 *     marked failed
 * @param resubmitAfter minimum age of a failed publication before the sweeper sends it again
 * @param resubmitInterval how often the sweeper runs
 * @param listenerConcurrency how many asynchronous event listeners (the outbox's sends among them)
 *     run at once; the others wait their turn
 * @param listenerBacklog how many may wait before changes are held back until they catch up
 * @param backlogPatience how long a change is held back before it is refused with 503; zero: at once
 */
@ConfigurationProperties("platform.messaging")
record MessagingProperties(
        Map<String, String> exchanges,
        Duration confirmTimeout,
        Duration resubmitAfter,
        Duration resubmitInterval,
        int listenerConcurrency,
        int listenerBacklog,
        Duration backlogPatience) {

    MessagingProperties {
        backlogPatience = backlogPatience == null ? Duration.ZERO : backlogPatience;
    }

    String exchangeFor(String channel) {
        String exchange = exchanges.get(channel);
        if (exchange == null) {
            throw new IllegalStateException("No exchange configured for event channel '" + channel
                    + "' (set platform.messaging.exchanges." + channel + ")");
        }
        return exchange;
    }
}
