package com.customerplatform.customer.application.port.out;

import com.customerplatform.customer.domain.ImageFormat;
import java.util.Optional;

/**
 * Where uploaded avatar images live. Files follow the surrounding database transaction: a stored
 * file disappears again if it rolls back, a deleted one only goes once it commits.
 */
public interface AvatarStorage {

    /** Stores the image under a new, unguessable file name and returns that name. */
    String store(byte[] image, ImageFormat format);

    /** The image of this file name, if there is one (any other name, including paths, finds nothing). */
    Optional<StoredImage> load(String fileName);

    void delete(String fileName);

    /** An image read from storage; never compared, so the array component's identity equality does not matter. */
    @SuppressWarnings("ArrayRecordComponent")
    record StoredImage(byte[] content, ImageFormat format) {}
}
