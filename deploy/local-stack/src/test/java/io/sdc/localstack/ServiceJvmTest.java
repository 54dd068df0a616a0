package io.sdc.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJvmTest {

    @Test
    void readsOneOptionALineLeavingOutCommentsAndBlankLines() {
        assertThat(ServiceJvm.parse("# the heap\n-Xmx384m\n\n  -XX:+UseSerialGC   # two cores\r\n#-Xss1m\n"))
                .containsExactly("-Xmx384m", "-XX:+UseSerialGC");
    }

    @Test
    void everyServiceGetsTheOptionsFileWithAHeapLimit() {
        assertThat(ServiceJvm.options()).isNotEmpty().anyMatch(option -> option.startsWith("-Xmx"))
                .allMatch(option -> option.startsWith("-"));
    }

    @Test
    void runsTheJarFromItsDirectoryWithTheBuildsClassDataSharingArchiveWhenThereIsOne(@TempDir Path quarkusApp)
            throws Exception {
        List<String> withoutArchive = ServiceJvm.command(quarkusApp);
        assertThat(withoutArchive.get(0)).isEqualTo(ManagedProcess.javaExecutable());
        assertThat(withoutArchive.subList(1, withoutArchive.size() - 2)).isEqualTo(ServiceJvm.options());
        assertThat(withoutArchive.subList(withoutArchive.size() - 2, withoutArchive.size()))
                .containsExactly("-jar", "quarkus-run.jar");

        Files.writeString(quarkusApp.resolve("app-cds.jsa"), "archive");
        List<String> withArchive = ServiceJvm.command(quarkusApp);
        assertThat(withArchive).containsSubsequence("-XX:SharedArchiveFile=app-cds.jsa", "-jar", "quarkus-run.jar")
                .containsAll(ServiceJvm.options());
    }

    @Test
    void aManagedProcessRunsInItsWorkingDirectoryEveryTimeItStarts(@TempDir Path directory) throws Exception {
        Path workingDirectory = Files.createDirectory(directory.resolve("quarkus-app"));
        Path log = directory.resolve("logs").resolve("pwd.log");
        ManagedProcess process = ManagedProcess.start("pwd", List.of("pwd"), workingDirectory, Map.of(), log);
        process.onExit().get(30, TimeUnit.SECONDS);
        assertThat(process.restart()).isTrue();
        process.onExit().get(30, TimeUnit.SECONDS);
        process.stop(Duration.ofSeconds(1));

        assertThat(Files.readAllLines(log)).containsExactly(workingDirectory.toRealPath().toString(),
                workingDirectory.toRealPath().toString());
    }
}
