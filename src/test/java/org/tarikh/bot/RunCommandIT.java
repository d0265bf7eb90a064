package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tarikh run} as a process: without a token, serving through a fake Bot API, and stopped by SIGTERM. */
class RunCommandIT {
    @TempDir
    Path dir;

    int httpPort;

    @Test
    void withoutATokenItExplainsHowToGetOneAndExitsTwo() throws Exception {
        Process process = start(null, null);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("@BotFather", "TELEGRAM_BOT_TOKEN", "tarikh.jar ask");
    }

    @Test
    void servesAQuestionThenStopsOnSigtermWithinFiveSecondsWithoutPrintingTheToken() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, FakeBotApi.TOKEN + "\n");
            Process process = start(api, tokenFile);
            Updates updates = new Updates();
            api.deliver(updates.text(7, "en", "When was the Lahuti theatre founded?"));

            List<FakeBotApi.Call> replies = api.await("sendMessage", 1, c -> true, Duration.ofSeconds(30));
            assertThat(replies.get(0).text()).contains("✅ <b>Mostly accurate</b>");

            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            var health = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + httpPort + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("ok: 3 claims");
            var metrics = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + httpPort + "/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("tarikh_claims 3", "tarikh_answered_today 1");

            long start = System.nanoTime();
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(5, TimeUnit.SECONDS)).as("exited within 5 s of SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            String log = Files.readString(dir.resolve("err.txt")) + Files.readString(dir.resolve("out.txt"));
            assertThat(log).contains("Tarikh is polling", "Tarikh stopped").doesNotContain(FakeBotApi.TOKEN);
        }
    }

    private Process start(FakeBotApi api, Path tokenFile) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/tarikh.jar", "run", "--knowledge", "src/test/resources/fixture");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("TELEGRAM_BOT_TOKEN_FILE");
        builder.environment().put("TARIKH_DATA", dir.resolve("data").toString());
        if (api != null) {
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                httpPort = free.getLocalPort();
            }
            builder.environment().put("TARIKH_HTTP_PORT", String.valueOf(httpPort));
            builder.environment().put("TELEGRAM_API_URL", api.url().toString());
            builder.environment().put("TELEGRAM_BOT_TOKEN_FILE", tokenFile.toString());
        }
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
