package com.customerplatform.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mockito.stubbing.Answer;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records, for each call of a spied bean it answers, whether the call ran inside a transaction. */
final class TransactionProbe {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    /** Calls the real method after noting "{@code call} in a transaction: true|false". */
    Answer<Object> records(String call) {
        return invocation -> {
            seen.add(call + " in a transaction: " + TransactionSynchronizationManager.isActualTransactionActive());
            return invocation.callRealMethod();
        };
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    void clear() {
        seen.clear();
    }
}
