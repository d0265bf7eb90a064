package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tarikh run} as a process: without a token, serving through a fake Bot API, stopped by SIGTERM, and on the
 * bad days of start-up (a wrong token, the Bot API down, a data folder it cannot write, no knowledge).
 */
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

    @Test
    void aWrongTokenIsToldInOneLineAndExitsThree() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, "654321:not-the-token\n");
            Process process = start(api, tokenFile);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(process.exitValue()).isEqualTo(3);
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(err).contains("refuses the token").doesNotContain("Exception", "\tat ", "not-the-token");
        }
    }

    @Test
    void anUnreachableBotApiAtStartIsWaitedForThenServed() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, FakeBotApi.TOKEN);
            api.stop();
            Process process = start(api, tokenFile);
            try {
                Thread.sleep(3000);
                assertThat(process.isAlive()).as("still trying while the Bot API is down").isTrue();
                api.restart();
                api.deliver(new Updates().text(7, "en", "When was the Lahuti theatre founded?"));

                assertThat(api.await("sendMessage", 1, c -> true, Duration.ofSeconds(40)).get(0).text())
                        .contains("Mostly accurate");
                String log = Files.readString(dir.resolve("out.txt")) + Files.readString(dir.resolve("err.txt"));
                assertThat(log).contains("the Bot API cannot be reached").doesNotContain(FakeBotApi.TOKEN, "\tat ");
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsToldInOneLineAndExitsFour() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "a file, not a folder");
        Process process = start(null, null, Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TARIKH_DATA", notAFolder.resolve("data").toString(), "TELEGRAM_API_URL", "http://127.0.0.1:9"));
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(4);
        assertThat(Files.readString(dir.resolve("err.txt")).strip())
                .contains("cannot be written (TARIKH_DATA)").doesNotContain("\n", "Exception");
    }

    @Test
    void anEmptyKnowledgeFolderStopsTheBotWithAClearMessage() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("knowledge"));
        Process process = start(null, null, Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TARIKH_KNOWLEDGE", empty.toString(), "TELEGRAM_API_URL", "http://127.0.0.1:9"), empty);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("no claims here").doesNotContain("Exception");
    }

    @Test
    void healthAnswersWhileIdleAndHalfSentConnectionsAreHeld() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path tokenFile = dir.resolve("token");
            Files.writeString(tokenFile, FakeBotApi.TOKEN);
            Process process = start(api, tokenFile);
            List<Socket> held = new ArrayList<>();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
                awaitReady(http);
                for (int i = 0; i < 60; i++) {
                    held.add(new Socket("127.0.0.1", httpPort)); // connected, never a byte
                }
                for (int i = 0; i < 5; i++) {
                    Socket halfSent = new Socket("127.0.0.1", httpPort);
                    halfSent.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
                    halfSent.getOutputStream().flush();
                    held.add(halfSent);
                }
                for (String path : List.of("/health", "/metrics")) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + httpPort + path)).timeout(Duration.ofSeconds(1)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(path).isEqualTo(200);
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Waits for /health to answer 200: the bot takes updates (before that it answers 503 "starting"). */
    private void awaitReady(HttpClient http) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
                assertThat(health.body()).isEqualTo("starting\n");
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("ready within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Process start(FakeBotApi api, Path tokenFile) throws IOException {
        return start(api, tokenFile, Map.of(), Path.of("src/test/resources/fixture"));
    }

    private Process start(FakeBotApi api, Path tokenFile, Map<String, String> environment) throws IOException {
        return start(api, tokenFile, environment, Path.of("src/test/resources/fixture"));
    }

    private Process start(FakeBotApi api, Path tokenFile, Map<String, String> environment, Path knowledge)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/tarikh.jar", "run", "--knowledge", knowledge.toString());
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
        builder.environment().putAll(environment);
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }
}
