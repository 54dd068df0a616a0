package io.sdc.finance.monitoring;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What imports killed mid-way left in the import directory is gone once the service has started: before this test
 * suite's service started, {@link LeftoverImports} put there what a killed instance leaves (its folder, with an
 * upload and a lock nobody holds, and a loose upload) and what a living instance beside it holds (its folder, locked).
 */
@QuarkusTest
@WithTestResource(value = ImportDirectoryCleanupTest.LeftoverImports.class, scope = TestResourceScope.GLOBAL)
class ImportDirectoryCleanupTest {

    @ConfigProperty(name = "sdc.finance.import-directory")
    Path directory;

    @Test
    void theNextStartDeletesWhatKilledImportsLeftAndNothingALivingInstanceHolds() throws IOException {
        assertThat(directory.toAbsolutePath().normalize()).isEqualTo(LeftoverImports.ROOT);
        assertThat(LeftoverImports.KILLED).doesNotExist();
        assertThat(LeftoverImports.LOOSE).doesNotExist();
        assertThat(LeftoverImports.LIVING.resolve("monitoring-return-2.xlsx")).exists();

        List<Path> folders;
        try (Stream<Path> listed = Files.list(LeftoverImports.ROOT)) {
            folders = listed.filter(Files::isDirectory).filter(folder -> !folder.equals(LeftoverImports.LIVING)).toList();
        }
        assertThat(folders).as("this instance's own folder, locked").hasSize(1);
        assertThat(folders.get(0).resolve(".lock")).exists();
    }

    /** Leaves, before the service starts, what killed and living instances leave in the import directory. */
    public static class LeftoverImports implements QuarkusTestResourceLifecycleManager {

        static final Path ROOT = Path.of("target", "finance-imports").toAbsolutePath().normalize();
        static final Path KILLED = ROOT.resolve("5b0f8a52-killed-instance");
        static final Path LOOSE = ROOT.resolve("monitoring-return-1.csv");
        static final Path LIVING = ROOT.resolve("9d1c7e04-living-instance");

        private FileChannel living;
        private FileLock livingLock;

        @Override
        public Map<String, String> start() {
            try {
                if (Files.exists(ROOT)) {
                    try (Stream<Path> old = Files.walk(ROOT)) {
                        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
                Files.createDirectories(KILLED);
                Files.writeString(KILLED.resolve(".lock"), "");
                Files.writeString(KILLED.resolve("monitoring-return-7.csv"), "budget_line,actual_to_date,forecast_outturn\n");
                Files.writeString(LOOSE, "budget_line,actual_to_date,forecast_outturn\n");
                Files.createDirectories(LIVING);
                Files.write(LIVING.resolve("monitoring-return-2.xlsx"), new byte[] {'P', 'K', 3, 4});
                living = FileChannel.open(LIVING.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                livingLock = living.lock();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("sdc.finance.import-directory", ROOT.toString());
        }

        @Override
        public void stop() {
            try {
                if (livingLock != null) {
                    livingLock.release();
                    living.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
