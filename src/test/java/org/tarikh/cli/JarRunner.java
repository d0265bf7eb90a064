package org.tarikh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/tarikh.jar} as a user would, with its own JVM. */
final class JarRunner {
    static final Path JAR = Path.of("target/tarikh.jar");

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    private JarRunner() {
    }

    static Run run(String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("TELEGRAM_BOT_TOKEN_FILE");
        builder.environment().remove("TARIKH_KNOWLEDGE");
        builder.environment().putAll(env);
        Path out = java.nio.file.Files.createTempFile("tarikh-out", ".txt");
        Path err = java.nio.file.Files.createTempFile("tarikh-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tarikh " + String.join(" ", args) + " did not finish within 60 s");
        }
        Run run = new Run(process.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
        java.nio.file.Files.delete(out);
        java.nio.file.Files.delete(err);
        return run;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run("", Map.of(), args);
    }
}
