package io.sdc.finance.monitoring.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where uploads wait while they are checked and imported: a directory of the service's own, with a folder per
 * running instance that holds a lock on its {@code .lock} file as long as the instance lives. At start, whatever an
 * instance left behind when it was killed mid-import (a folder whose lock nobody holds, or a loose file) is deleted;
 * a folder of an instance still running beside this one on the same directory is left alone.
 */
@ApplicationScoped
public class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class);
    static final String LOCK = ".lock";

    @Inject
    Clock clock;

    @ConfigProperty(name = "sdc.finance.import-directory", defaultValue = "${java.io.tmpdir}/finance-service-imports")
    Path root;

    private Path own;
    private FileChannel lockChannel;
    private FileLock lock;

    void onStart(@Observes StartupEvent event) {
        open();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Cleans what killed imports left behind and takes this instance's own folder. */
    synchronized void open() {
        if (own != null) {
            return;
        }
        try {
            Files.createDirectories(root);
            int removed = removeLeftovers();
            if (removed > 0) {
                LOG.infof("Deleted %d files that interrupted imports left in %s", removed, root);
            }
            for (int attempt = 1; own == null; attempt++) {
                Path folder = root.resolve(UUID.randomUUID().toString());
                Files.createDirectories(folder);
                try {
                    FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock taken = channel.lock();
                    if (Files.exists(folder.resolve(LOCK))) {
                        lockChannel = channel;
                        lock = taken;
                        own = folder;
                    } else {
                        // Another instance starting at this moment took the new folder for a leftover and removed it.
                        taken.release();
                        channel.close();
                    }
                } catch (NoSuchFileException e) {
                    // As above, before the lock file was made.
                }
                if (own == null && attempt >= 5) {
                    throw new IOException("Could not take a folder of its own in " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the import directory " + root, e);
        }
    }

    /** A new empty file in this instance's folder, for one upload; the caller deletes it when done. */
    public Path create(String suffix) throws IOException {
        if (own == null) {
            open();
        }
        return Files.createTempFile(own, "monitoring-return-", suffix);
    }

    /** This instance's folder. */
    Path own() {
        return own;
    }

    Path root() {
        return root;
    }

    /**
     * Deletes every file and folder in the import directory that no running instance holds: loose files, and the
     * folders of instances that ended without cleaning up. Returns how many files were deleted.
     */
    synchronized int removeLeftovers() throws IOException {
        int removed = 0;
        List<Path> entries;
        try (Stream<Path> listed = Files.list(root)) {
            entries = listed.toList();
        }
        for (Path entry : entries) {
            if (entry.equals(own)) {
                continue;
            }
            if (!Files.isDirectory(entry)) {
                if (Files.deleteIfExists(entry)) {
                    removed++;
                }
            } else {
                removed += removeIfAbandoned(entry);
            }
        }
        return removed;
    }

    /**
     * Deletes a folder no living instance holds: its lock is taken, and kept while the folder is deleted, so that an
     * instance taking the same folder at this moment finds it gone and takes another.
     */
    private int removeIfAbandoned(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.WRITE)) {
            FileLock held;
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return 0;
            }
            if (held == null) {
                return 0;
            }
            try {
                return deleteTree(folder);
            } finally {
                held.release();
            }
        } catch (NoSuchFileException e) {
            // No lock file: an instance killed before it made one, or one making it right now; the latter is young.
            Instant modified = Files.getLastModifiedTime(folder).toInstant();
            return modified.isBefore(Instant.now(clock).minus(Duration.ofMinutes(1))) ? deleteTree(folder) : 0;
        }
    }

    private static int deleteTree(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walked = Files.walk(folder)) {
            paths = walked.sorted(Comparator.reverseOrder()).toList();
        }
        int removed = 0;
        for (Path path : paths) {
            boolean upload = Files.isRegularFile(path) && !path.getFileName().toString().equals(LOCK);
            if (Files.deleteIfExists(path) && upload) {
                removed++;
            }
        }
        return removed;
    }

    synchronized void close() {
        if (own == null) {
            return;
        }
        try {
            deleteTree(own);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warnf("Could not remove the import folder %s: %s", own, e.getMessage());
        } finally {
            own = null;
        }
    }
}
