package io.sdc.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's walkthrough as a newcomer runs it: every {@code sh} block of its section, in order, in one bash,
 * pointed at a running platform's ports and data directory instead of the defaults.
 */
final class ReadmeWalkthrough {

    static final String SECTION = "## Walk through the demo contract";
    private static final Pattern BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("^-> HTTP (\\d{3})$", Pattern.MULTILINE);

    private final String script;

    private ReadmeWalkthrough(String script) {
        this.script = script;
    }

    static ReadmeWalkthrough from(Path readme) throws IOException {
        String text = Files.readString(readme);
        int start = text.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException("The README has no section '" + SECTION + "'");
        }
        int end = text.indexOf("\n## ", start + SECTION.length());
        Matcher blocks = BLOCK.matcher(text.substring(start, end < 0 ? text.length() : end));
        StringBuilder script = new StringBuilder();
        while (blocks.find()) {
            script.append(blocks.group(1)).append('\n');
        }
        return new ReadmeWalkthrough(script.toString());
    }

    /** The commands with the platform's own ports and data directory in place of the README's. */
    ReadmeWalkthrough against(RunningPlatform platform) {
        String pointed = script.replace(".local-stack/", platform.dataDirectory + "/");
        for (Map.Entry<Integer, Integer> port : platform.servicePorts.entrySet()) {
            pointed = pointed.replace("localhost:" + port.getKey(), "localhost:" + port.getValue());
        }
        return new ReadmeWalkthrough(pointed);
    }

    String script() {
        return script;
    }

    /** Runs the commands in bash from {@code directory}, printing to {@code log}; answers everything they printed. */
    String run(Path directory, Path log) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-c", script).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        bash.getOutputStream().close();
        if (!bash.waitFor(5, TimeUnit.MINUTES)) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly();
            throw new IllegalStateException("The walkthrough did not finish within 5 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (bash.exitValue() != 0) {
            throw new IllegalStateException("The walkthrough ended with exit code " + bash.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** The HTTP statuses the walkthrough's calls printed, in order. */
    static List<Integer> statuses(String output) {
        List<Integer> statuses = new ArrayList<>();
        Matcher status = STATUS.matcher(output);
        while (status.find()) {
            statuses.add(Integer.parseInt(status.group(1)));
        }
        return statuses;
    }
}
