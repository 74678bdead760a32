package com.customerplatform.gdpr.application.port.in;

import com.customerplatform.gdpr.domain.ErasureRequest;
import com.customerplatform.gdpr.domain.ExportGrant;
import com.customerplatform.gdpr.spi.SectionWriter;
import com.customerplatform.sharedkernel.actor.Actor;
import java.util.UUID;

/**
 * GDPR Art. 15/20 export and Art. 17 erasure of a data subject (a platform user), asked by the
 * subject itself or an admin of its company; anyone else learns nothing (404).
 */
public interface DataSubjectRightsUseCase {

    /** Issues a signed, expiring link to the subject's export. */
    ExportGrant requestExport(Actor actor, UUID subjectId);

    /** The export a link grants: 404 for a link not issued here, 410 once expired. */
    ExportGrant openExport(String token);

    /** Writes the granted export: the manifest, then each section that holds data. */
    void writeExport(ExportGrant grant, ExportArchive archive);

    /**
     * Erases the subject everywhere in one transaction and returns the receipt; asking again
     * returns the same receipt.
     */
    ErasureRequest erase(Actor actor, UUID subjectId);

    /** Where an export is written (a ZIP, for the web). */
    interface ExportArchive {

        void manifest(Object manifest);

        /** The section's writer; the previous section is finished when the next one starts. */
        SectionWriter section(String name);

        /** Finishes the last section and the archive. */
        void finish();
    }
}
