package com.customerplatform.gdpr.spi;

import java.util.List;

/**
 * GDPR Art. 15(1) information about one section of the data: why it is processed, on what legal
 * basis, which categories of data, who receives them and how long they are kept.
 */
public record ProcessingRecord(
        List<String> purposes, String legalBasis, List<String> categories, List<String> recipients, String retention) {

    public ProcessingRecord {
        purposes = List.copyOf(purposes);
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
    }
}
