package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tarikh.Fixture;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.store.Store;

/** Webhook mode: the fake Bot API's side posts updates to the bot, as Telegram does through a reverse proxy. */
class WebhookTest {
    static final String SECRET = "webhook-Secret_42";
    static final URI PUBLIC_URL = URI.create("https://bot.example.org/tarikh/updates");

    @TempDir
    Path data;

    FakeBotApi api;
    Store store;
    TelegramBot bot;
    URI webhook;
    final Updates updates = new Updates();
    final HttpClient http = HttpClient.newHttpClient();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void startBot() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        api = new FakeBotApi();
        store = Store.open(data);
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        webhook = URI.create("http://127.0.0.1:" + port + PUBLIC_URL.getPath());
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(),
                SendLimits.TELEGRAM, false, "", new Webhook(PUBLIC_URL, new InetSocketAddress("127.0.0.1", port), SECRET, 10)),
                new LiveAnswerer(Path.of("src/test/resources/fixture"), Fixture.answerer()), store);
    }

    @AfterEach
    void stopBot() throws Exception {
        bot.close();
        api.close();
        store.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        assertThat(logs.list).as("no log line shows the token or the webhook's secret")
                .noneMatch(e -> e.getFormattedMessage().contains(FakeBotApi.TOKEN) || e.getFormattedMessage().contains(SECRET));
    }

    @Test
    void setsTheWebhookWithItsSecretAndNeverPolls() throws Exception {
        FakeBotApi.Call set = api.await("setWebhook", 1).get(0);

        assertThat(set.params().path("url").asText()).isEqualTo(PUBLIC_URL.toString());
        assertThat(set.params().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(set.params().path("max_connections").asText()).isEqualTo("10");
        assertThat(set.params().path("allowed_updates").asText())
                .contains("message", "callback_query", "my_chat_member", "inline_query");
        Thread.sleep(500);
        assertThat(api.count("getUpdates")).isZero();
        assertThat(api.count("deleteWebhook")).isZero();
    }

    @Test
    void aWebhookTheBotApiRefusesStopsTheStartWithItsReasonAndAPassingFailureIsRiddenOut() throws Exception {
        try (FakeBotApi refusing = new FakeBotApi()) {
            refusing.fail("setWebhook", 1, 502, "Bad Gateway", null);
            refusing.fail("setWebhook", 1, 400, "Bad Request: bad webhook: Failed to resolve host", null);
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramBot.start(
                    new BotConfig(FakeBotApi.TOKEN, refusing.url(), Duration.ofSeconds(2), Set.of(), SendLimits.TELEGRAM,
                            false, "", new Webhook(PUBLIC_URL, new InetSocketAddress("127.0.0.1", port), SECRET, 10)),
                    new LiveAnswerer(Path.of("src/test/resources/fixture"), Fixture.answerer()), store))
                    .isInstanceOf(TelegramBot.WebhookRefused.class).hasMessageContaining("Failed to resolve host");
            assertThat(refusing.count("setWebhook:failed")).as("tried again after the 502, not after the 400").isEqualTo(2);
            try (java.net.ServerSocket again = new java.net.ServerSocket(port)) {
                assertThat(again.getLocalPort()).as("the refused replica let go of its port").isEqualTo(port);
            }
        }
    }

    @Test
    void answersAnUpdateOnceThoughTelegramDeliversItTwice() throws Exception {
        ObjectNode question = updates.text(7, "en", "When was the Lahuti theatre founded?");

        assertThat(post(question, SECRET)).isEqualTo(200);
        assertThat(post(question, SECRET)).as("taken before: answered 200, not handled again").isEqualTo(200);

        List<FakeBotApi.Call> replies = api.await("sendMessage", 1);
        assertThat(replies.get(0).text()).contains("Mostly accurate");
        Thread.sleep(1500);
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void refusesRequestsWithoutTheSecretOrThatAreNoUpdates() throws Exception {
        ObjectNode question = updates.text(7, "en", "When was the Lahuti theatre founded?");

        assertThat(post(question, null)).isEqualTo(401);
        assertThat(post(question, "guess")).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(webhook).header("X-Telegram-Bot-Api-Secret-Token", SECRET).GET()))
                .isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(webhook.resolve("/elsewhere")).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(question.toString())))).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(webhook).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("not json")))).isEqualTo(400);
        Thread.sleep(1000);
        assertThat(api.calls("sendMessage")).as("nothing was taken").isEmpty();
    }

    @Test
    void anUpdateTheStoreCannotKeepIsRefusedSoTelegramDeliversItAgain() throws Exception {
        store.close(); // the database is gone

        assertThat(post(updates.text(7, "en", "When was the Lahuti theatre founded?"), SECRET)).isEqualTo(500);
    }

    private int post(ObjectNode update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return send(request);
    }

    private int send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
