package com.customerplatform.company.spi;

/** Whether other modules' records carry a document type, so deleting it must only deactivate it. */
public interface DocumentTypeUsage {

    boolean isUsed(String documentTypeCode);
}
