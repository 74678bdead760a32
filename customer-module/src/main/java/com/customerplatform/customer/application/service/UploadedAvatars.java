package com.customerplatform.customer.application.service;

import java.util.Optional;

/**
 * The URLs at which uploaded avatars are served. Only an upload sets one: a client that could
 * point a profile at another profile's file would have it deleted along with its own profile.
 */
final class UploadedAvatars {

    static final String URL_PREFIX = "/v1/customers/avatars/";

    private UploadedAvatars() {}

    static String url(String fileName) {
        return URL_PREFIX + fileName;
    }

    /** The stored file behind a profile's avatar URL, unless the URL points elsewhere. */
    static Optional<String> fileName(String avatarUrl) {
        return avatarUrl != null && avatarUrl.startsWith(URL_PREFIX)
                ? Optional.of(avatarUrl.substring(URL_PREFIX.length()))
                : Optional.empty();
    }
}
