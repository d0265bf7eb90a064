package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the packaged jar in webhook mode on one PostgreSQL (TARIKH_TEST_DATABASE_URL, which .ci/run starts)
 * and one token. The fake Bot API's side delivers a burst of 2,000 questions from 200 chats to the replicas in turn,
 * arriving 40 a second (faster than the bot may answer), and one replica is killed (SIGKILL) halfway through the
 * replies, while questions still arrive: every question is answered exactly once, in
 * each chat's order, without a single 429. Prints the burst's figures; {@code bench/replicas.sh} runs it alone.
 */
class ReplicasIT {
    private static final String URL = System.getenv("TARIKH_TEST_DATABASE_URL");
    private static final String USER = System.getenv("TARIKH_TEST_DATABASE_USER");
    private static final String PASSWORD = System.getenv("TARIKH_TEST_DATABASE_PASSWORD");
    private static final String SECRET = "replicas-test-secret";
    private static final String PATH = "/tarikh/updates";
    private static final int QUESTIONS = 2000;
    private static final int CHATS = 200;
    /** Faster than the bot may send (30 a second), slow enough that the kill comes while updates still arrive. */
    private static final int ARRIVALS_PER_SECOND = 40;

    /** What each chat asks, in turn, and the words only the reply to it has. */
    private static final String[][] ASKED = {
        {"Is the Kazakh famine a myth?", "collectivisation"},
        {"When was the Lahuti theatre founded?", "Tajik culture"},
        {"How many died in Zhanaozen?", "Zhanaozen"},
        {"Was there a famine in Ireland in the 1840s?", "no checked answer"},
    };

    @TempDir
    Path dir;

    /** Which of {@link #ASKED} a reply answers, or the reply itself when it answers none of them. */
    private static String answerTo(String reply) {
        for (String[] question : ASKED) {
            if (reply.contains(question[1])) {
                return question[1];
            }
        }
        return reply;
    }

    /** A replica: its process, where it takes webhooks, where it answers /health, and its log. */
    record Replica(Process process, URI webhook, URI health, Path log) {
        /** The replica's name as owner of its leases, from its log line "Tarikh (replica …)". */
        String name() throws IOException {
            Matcher name = Pattern.compile("replica ([0-9a-f-]{36})").matcher(Files.readString(log));
            return name.find() ? name.group(1) : null;
        }
    }

    @BeforeEach
    void emptyTheDatabase() throws SQLException {
        if (URL == null || URL.isBlank()) {
            assertThat(System.getenv("CI")).as("CI runs the replicas on PostgreSQL: set TARIKH_TEST_DATABASE_URL")
                    .isNotEqualTo("true");
            Assumptions.abort("no TARIKH_TEST_DATABASE_URL: replicas need PostgreSQL");
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP OWNED BY CURRENT_USER");
        }
    }

    @Test
    void twoReplicasAnswerABurstExactlyOnceInOrderWithinTheLimitsThoughOneIsKilledHalfway() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.enforce(SendLimits.TELEGRAM);
            Replica first = start(api, "a");
            Replica second = start(api, "b");
            try {
                HttpClient http = HttpClient.newHttpClient();
                awaitReady(http, first);
                awaitReady(http, second);
                assertThat(api.await("setWebhook", 2)).allSatisfy(set -> {
                    assertThat(set.params().path("url").asText()).isEqualTo("https://bot.example.org" + PATH);
                    assertThat(set.params().path("secret_token").asText()).isEqualTo(SECRET);
                });

                // Private chats get no quote of the question, so each chat asks four different things in turn and
                // its replies must say them in that order: a reply lost, sent twice or out of order breaks the sequence.
                Updates updates = new Updates();
                List<ObjectNode> burst = new ArrayList<>();
                Map<Long, List<String>> asked = new HashMap<>();
                for (int i = 0; i < QUESTIONS; i++) {
                    long chat = 10_000 + i % CHATS;
                    String[] question = ASKED[(i / CHATS) % ASKED.length];
                    burst.add(updates.text(chat, "en", question[0]));
                    asked.computeIfAbsent(chat, c -> new ArrayList<>()).add(question[1]);
                }

                long start = System.nanoTime();
                CompletableFuture<Void> delivered;
                long killedAt;
                Set<Long> chatsOfTheKilled;
                try (WebhookDelivery telegram = new WebhookDelivery(List.of(first.webhook(), second.webhook()), SECRET, 40)) {
                    delivered = telegram.deliver(burst, ARRIVALS_PER_SECOND);
                    api.await("sendMessage", QUESTIONS / 2, c -> true, Duration.ofMinutes(2));
                    chatsOfTheKilled = leasedBy(first.name());
                    first.process().destroyForcibly();
                    killedAt = System.nanoTime();
                    first.process().waitFor(10, TimeUnit.SECONDS);
                    delivered.get(2, TimeUnit.MINUTES);
                    api.await("sendMessage", QUESTIONS, c -> true, Duration.ofMinutes(3));
                    System.out.printf("replicas: %d webhook posts were refused and made again%n", telegram.failures());
                }
                List<FakeBotApi.Call> replies = api.calls("sendMessage");
                long lastReply = replies.get(replies.size() - 1).at();
                Thread.sleep(3000); // a reply sent twice would come after the last one owed
                replies = api.calls("sendMessage");

                Map<Long, List<String>> answered = new HashMap<>();
                for (FakeBotApi.Call reply : replies) {
                    answered.computeIfAbsent(reply.chatId(), c -> new ArrayList<>()).add(answerTo(reply.text()));
                }
                int lost = 0;
                int twice = 0;
                for (var chat : asked.entrySet()) {
                    List<String> got = answered.getOrDefault(chat.getKey(), List.of());
                    for (String[] question : ASKED) {
                        long want = chat.getValue().stream().filter(question[1]::equals).count();
                        long have = got.stream().filter(question[1]::equals).count();
                        lost += (int) Math.max(0, want - have);
                        twice += (int) Math.max(0, have - want);
                    }
                }
                long takenOver = replies.stream().filter(r -> r.at() > killedAt && chatsOfTheKilled.contains(r.chatId()))
                        .mapToLong(FakeBotApi.Call::at).min().orElse(Long.MAX_VALUE);
                double drain = (lastReply - start) / 1e9;
                double least = (QUESTIONS - SendLimits.TELEGRAM.perSecond()) / (double) SendLimits.TELEGRAM.perSecond();
                String figures = String.format(java.util.Locale.ROOT, "replicas: %d questions from %d chats, one of two "
                        + "replicas killed after %d replies: %d lost, %d answered twice, %d x 429; drained in %.1f s "
                        + "(the limits allow %.1f s at best); the killed replica's %d chats answered again %.1f s after "
                        + "its death", QUESTIONS, CHATS, QUESTIONS / 2, lost, twice, api.tooManyRequests(), drain, least,
                        chatsOfTheKilled.size(), (takenOver - killedAt) / 1e9);
                System.out.println(figures);
                Files.writeString(Path.of("target/replicas-burst.txt"), figures + "\n");

                assertThat(lost).as("lost").isZero();
                assertThat(twice).as("answered twice").isZero();
                assertThat(replies).hasSize(QUESTIONS);
                assertThat(api.tooManyRequests()).as("429s").isZero();
                assertThat(answered).as("each chat's replies in its questions' order").isEqualTo(asked);
                assertThat(chatsOfTheKilled).as("the killed replica had chats of its own").isNotEmpty();
                assertThat(takenOver).as("its chats were taken over").isLessThan(Long.MAX_VALUE);
            } finally {
                first.process().destroyForcibly();
                second.process().destroy();
                second.process().waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    /** The chats whose lease {@code replica} holds now. */
    private static Set<Long> leasedBy(String replica) throws SQLException {
        assertThat(replica).as("the replica logs its name").isNotNull();
        Set<Long> chats = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                var query = connection.prepareStatement("SELECT chat_id FROM chat_leases WHERE owner = ?")) {
            query.setString(1, replica);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    chats.add(rows.getLong(1));
                }
            }
        }
        return chats;
    }

    private Replica start(FakeBotApi api, String name) throws IOException {
        int webhookPort = freePort();
        int healthPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/tarikh.jar", "run", "--knowledge", "src/test/resources/fixture");
        Map<String, String> env = builder.environment();
        env.remove("TELEGRAM_BOT_TOKEN_FILE");
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        env.put("TELEGRAM_API_URL", api.url().toString());
        env.put("TARIKH_DATABASE_URL", URL);
        env.put("TARIKH_DATABASE_USER", USER);
        env.put("TARIKH_DATABASE_PASSWORD", PASSWORD);
        env.put("TARIKH_WEBHOOK_URL", "https://bot.example.org" + PATH);
        env.put("TARIKH_WEBHOOK_LISTEN", "127.0.0.1:" + webhookPort);
        env.put("TARIKH_WEBHOOK_SECRET", SECRET);
        env.put("TARIKH_HTTP_PORT", String.valueOf(healthPort));
        env.put("TARIKH_DATA", dir.resolve(name).toString());
        Path log = dir.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return new Replica(process, URI.create("http://127.0.0.1:" + webhookPort + PATH),
                URI.create("http://127.0.0.1:" + healthPort + "/health"), log);
    }

    private static void awaitReady(HttpClient http, Replica replica) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(replica.health()).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(replica.process().isAlive()).as("the replica runs: %s", Files.readString(replica.log())).isTrue();
            assertThat(System.nanoTime()).as("ready within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
