package com.customerplatform.customer.adapter.out.storage;

import com.customerplatform.customer.application.port.out.AvatarStorage;
import com.customerplatform.customer.domain.ImageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Avatars as files in one directory, named by a random UUID and the format's extension. */
public class FilesystemAvatarStorage implements AvatarStorage {

    private static final Logger log = LoggerFactory.getLogger(FilesystemAvatarStorage.class);
    private static final Pattern FILE_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.([a-z]+)");

    private final Path directory;

    public FilesystemAvatarStorage(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String store(byte[] image, ImageFormat format) {
        String fileName = UUID.randomUUID() + "." + format.extension();
        Path file = directory.resolve(fileName);
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "upload-", ".partial");
            Files.write(partial, image);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not store avatar " + fileName, failed);
        }
        whenTransactionEnds(false, () -> deleteQuietly(file));
        return fileName;
    }

    @Override
    public Optional<StoredImage> load(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            return Optional.empty();
        }
        Optional<ImageFormat> format = ImageFormat.ofExtension(name.group(1));
        if (format.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredImage(Files.readAllBytes(directory.resolve(fileName)), format.get()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not read avatar " + fileName, failed);
        }
    }

    @Override
    public void delete(String fileName) {
        if (FILE_NAME.matcher(fileName).matches()) {
            Path file = directory.resolve(fileName);
            whenTransactionEnds(true, () -> deleteQuietly(file));
        }
    }

    /** Runs the action after the current transaction committed (or rolled back); at once without one. */
    private static void whenTransactionEnds(boolean committed, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (committed) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == committed) {
                    action.run();
                }
            }
        });
    }

    /** A file left behind is garbage, not an error the caller could act on. */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("Could not delete avatar file {}: {}", file.getFileName(), failed.getMessage());
        }
    }
}
