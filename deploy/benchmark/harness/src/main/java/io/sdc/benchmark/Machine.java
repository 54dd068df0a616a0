package io.sdc.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run was made on, as the table's heading gives it: cores, memory, CPU model, JDK and load. */
public record Machine(int cores, long memoryMiB, String cpuModel, String jdk, String loadAverage) {

    public static Machine here() {
        String cpu = lines("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        long memoryKiB = lines("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        String load = lines("/proc/loadavg").stream().findFirst()
                .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3))).orElse("unknown");
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        return new Machine(Runtime.getRuntime().availableProcessors(), memoryKiB / 1024, cpu, jdk, load);
    }

    /** The load average now, e.g. {@code 2.10 1.85 1.40}. */
    public static String loadNow() {
        return here().loadAverage();
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores, %,d MiB memory, %s, %s; load average at the start %s", cores, memoryMiB,
                cpuModel, jdk, loadAverage);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
