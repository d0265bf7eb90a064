package org.tarikh.bot;

import org.tarikh.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import org.tarikh.store.Store;

/** The bot in private chats: the real TelegramBots library polling a fake Bot API server on 127.0.0.1. */
class PrivateChatTest {
    static final long READER = 1001;
    static final Duration WAIT = Duration.ofSeconds(10);
    static Answerer answerer;

    static final long ADMIN = 4242;

    @TempDir
    Path data;

    FakeBotApi api;
    Store store;
    TelegramBot bot;
    final Updates updates = new Updates();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    static void loadKnowledge() throws Exception {
        answerer = Fixture.answerer();
    }

    @BeforeEach
    void startBot() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        api = new FakeBotApi();
        store = Store.open(data);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(ADMIN), SendLimits.TELEGRAM),
                new LiveAnswerer(Path.of("src/test/resources/fixture"), answerer), store);
    }

    @AfterEach
    void stopBot() throws Exception {
        bot.close();
        api.close();
        store.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        assertThat(logs.list).as("no log line shows the token")
                .noneMatch(e -> e.getFormattedMessage().contains(FakeBotApi.TOKEN)
                        || (e.getThrowableProxy() != null && e.getThrowableProxy().getMessage() != null
                                && e.getThrowableProxy().getMessage().contains(FakeBotApi.TOKEN)));
    }

    @Test
    void registersItsCommandsInEnglishRussianKazakhAndUzbek() throws Exception {
        List<Call> menus = api.await("setMyCommands", 4);

        assertThat(api.count("deleteWebhook")).isEqualTo(1);
        assertThat(menus).extracting(c -> c.params().path("language_code").asText())
                .containsExactlyInAnyOrder("", "ru", "kk", "uz");
        assertThat(menus.stream().filter(c -> c.params().path("language_code").asText().equals("kk")).findFirst()
                .orElseThrow().params().toString()).contains("Жауап тілі");
        assertThat(menus).allSatisfy(c -> assertThat(c.params().get("commands")).extracting(JsonNode::toString)
                .asString().contains("\"start\"", "\"help\"", "\"topics\"", "\"about\"", "\"language\""));
    }

    @Test
    void answersAQuestionWithExactlyTheReplyOfAskAndItsButtons() throws Exception {
        String question = "When was the Lahuti theatre founded?";
        api.deliver(updates.text(READER, "en", question));

        Call reply = api.await("sendMessage", 1).get(0);

        assertThat(reply.chatId()).isEqualTo(READER);
        assertThat(reply.text()).isEqualTo(answerer.answer(question, "en").reply());
        assertThat(reply.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(reply.params().path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
        assertThat(buttons(reply)).containsExactly("Sources", "Related", "Русский", "👍", "👎");
    }

    @Test
    void aMissOffersTheNearestTopics() throws Exception {
        api.deliver(updates.text(READER, "en", "Was there a famine in Ireland in the 1840s?"));

        Call reply = api.await("sendMessage", 1).get(0);

        assertThat(reply.text()).startsWith("🤷 I have no checked answer to that yet.");
        assertThat(buttons(reply)).containsExactly("Famines");
    }

    @Test
    void keepsUnansweredQuestionsWithoutWhoAskedAndShowsStatsToAdminsOnly() throws Exception {
        api.deliver(updates.text(READER, "en", "Was there a famine in Ireland in the 1840s?"));
        api.deliver(updates.text(READER, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 2);

        assertThat(store.unanswered(Instant.EPOCH)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Was there a famine in Ireland in the 1840s?");
            assertThat(q.language()).isEqualTo("en");
        });

        api.deliver(updates.text(READER, "en", "/stats"));
        assertThat(api.await("sendMessage", 3).get(2).text()).isEqualTo("This command is for the bot's maintainers.");
        api.deliver(updates.text(ADMIN, "en", "/stats"));
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == ADMIN, WAIT).get(0).text()).isEqualTo(String.join("\n",
                "Today: 1 answered, 1 missed", "Last 7 days: 1 answered, 1 missed", "Top claims (7 days): kazakh-famine (1)",
                "Feedback, least helpful first: none", "Knowledge: 2026-11-28, 3 claims"));
    }

    @Test
    void startWelcomesWithExampleQuestionsAndDeepLinksOpenAClaim() throws Exception {
        api.deliver(updates.text(READER, "en", "/start"));
        Call welcome = api.await("sendMessage", 1).get(0);
        assertThat(welcome.text()).startsWith("Hello! I check claims");
        assertThat(buttons(welcome)).hasSizeBetween(1, 3).contains("Were there Tajik theatres in Soviet times?");

        api.deliver(updates.text(READER, "en", "/start kazakh-famine"));
        Call claim = api.await("sendMessage", 2).get(1);
        assertThat(claim.text()).startsWith("🔎 <b>Checked claim:</b> «The famine in Kazakhstan").contains("❌ <b>False</b>");
    }

    @Test
    void helpAboutTopicsAndLanguageCommands() throws Exception {
        api.deliver(updates.text(READER, "en", "/help"), updates.text(READER, "en", "/about"));
        List<Call> replies = api.await("sendMessage", 2);
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("/topics", "/language"));
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("3 checked claims", "2026-11-28",
                "knowledge/README.md"));

        api.deliver(updates.text(READER, "en", "/topics"));
        Call topics = api.await("sendMessage", 3).get(2);
        assertThat(buttons(topics)).containsExactly("Culture", "Famines");

        api.deliver(updates.callback(READER, "en", 7, data(topics, "Famines")));
        Call famines = api.await("sendMessage", 4).get(3);
        assertThat(famines.text()).isEqualTo("Famines: the claims I have checked");
        assertThat(buttons(famines)).hasSize(2);
        api.await("answerCallbackQuery", 1);

        api.deliver(updates.text(READER, "en", "/language"));
        Call choose = api.await("sendMessage", 5).get(4);
        api.deliver(updates.callback(READER, "en", 9, data(choose, "Русский")));
        Call set = api.await("editMessageText", 1).get(0);
        assertThat(set.text()).isEqualTo("Буду отвечать по-русски.");
        assertThat(set.params().path("message_id").asInt()).isEqualTo(9);

        api.deliver(updates.text(READER, "en", "When was the Lahuti theatre founded?"));
        assertThat(api.await("sendMessage", 6).get(5).text()).contains("✅ <b>В основном верно</b>");
    }

    @Test
    void theAnswerButtonsShowSourcesRelatedTheOtherLanguageAndTakeFeedback() throws Exception {
        api.deliver(updates.text(READER, "en", "When was the Lahuti theatre founded?"));
        Call answer = api.await("sendMessage", 1).get(0);
        int answerId = 500;

        api.deliver(updates.callback(READER, "en", answerId, data(answer, "Sources")));
        Call sources = api.await("sendMessage", 2).get(1);
        assertThat(sources.text()).contains("[4] <a href=\"https://example.org/fourth\">A fourth source</a>",
                "supports the claim", "counters the claim", "context");

        api.deliver(updates.callback(READER, "en", answerId, data(answer, "Related")));
        Call related = api.await("sendMessage", 3).get(2);
        assertThat(buttons(related)).containsExactly("The famine in Kazakhstan during collectivisation is a myth.");

        api.deliver(updates.callback(READER, "en", answerId, data(answer, "Русский")));
        Call russian = api.await("editMessageText", 1).get(0);
        assertThat(russian.text()).startsWith("🔎 <b>Проверенное утверждение:</b> «Советское государство")
                .contains("✅ <b>В основном верно</b>");
        assertThat(buttons(russian)).contains("English");

        api.deliver(updates.callback(READER, "en", answerId, data(answer, "👍")));
        api.await("answerCallbackQuery", 1, c -> c.text().equals("Thank you for the feedback!"), WAIT);
        api.deliver(updates.callback(READER, "en", answerId, data(answer, "👎")));
        api.await("answerCallbackQuery", 2, c -> c.text().equals("Thank you for the feedback!"), WAIT);
        assertThat(store.feedback()).as("one vote per reader, the last counts")
                .containsExactly(new Store.Feedback("tajik-theatres", 0, 1));
    }

    @Test
    void staleAndForeignCallbacksAreStillAnswered() throws Exception {
        api.deliver(updates.callback(READER, "en", 3, "s:a-claim-since-removed:en"),
                updates.callback(READER, "en", 3, "t:no-such-topic"),
                updates.callback(READER, "en", 3, "nonsense"));

        List<Call> answered = api.await("answerCallbackQuery", 3);

        assertThat(answered).allSatisfy(c -> assertThat(c.text()).isEqualTo("This button is out of date; ask again."));
        assertThat(api.calls("sendMessage")).isEmpty();
    }

    @Test
    void speaksTheUsersLanguageElseTheQuestionsScript() throws Exception {
        api.deliver(updates.text(1, "ru", "/help"));
        assertThat(api.await("sendMessage", 1).get(0).text()).startsWith("Пришлите утверждение");

        api.deliver(updates.text(2, null, "Когда основан театр Лахути?"));
        assertThat(api.await("sendMessage", 2).get(1).text()).contains("✅ <b>В основном верно</b>");

        api.deliver(updates.text(3, "kk", "When was the Lahuti theatre founded?"));
        assertThat(api.await("sendMessage", 3).get(2).text()).contains("✅ <b>Mostly accurate</b>");
    }

    @Test
    void handlesWhatIsNotAQuestionWithoutGoingSilent() throws Exception {
        api.deliver(updates.media(11, "sticker", null));
        api.deliver(updates.media(12, "voice", null));
        api.deliver(updates.media(13, "photo", "Is the Kazakh famine a myth?"));
        api.deliver(updates.text(14, "en", "   "));
        api.deliver(updates.text(15, "en", "/frobnicate now"));
        api.deliver(updates.text(16, "en", "\u200FIs the Ka\u200Bzakh famine a myth?\u200E"));
        api.deliver(updates.text(17, "en", "Is the Kazakh famine a myth? " + "x".repeat(4096 - 29)));

        List<Call> replies = api.await("sendMessage", 7);

        assertThat(text(replies, 11)).startsWith("I read texts, captions, files and links.");
        assertThat(text(replies, 12)).startsWith("I read texts, captions, files and links.");
        assertThat(text(replies, 13)).as("a photo's caption is checked").contains("❌ <b>False</b>");
        assertThat(text(replies, 14)).startsWith("Ask me about a claim");
        assertThat(replies.stream().filter(c -> c.chatId() == 14).findFirst().orElseThrow().params().has("reply_markup"))
                .as("no empty keyboard").isFalse();
        assertThat(text(replies, 15)).startsWith("I don't know that command.");
        assertThat(text(replies, 16)).contains("❌ <b>False</b>");
        assertThat(text(replies, 17)).isNotBlank();
    }

    @Test
    void editedMessagesAreIgnoredAndAnUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        var question = updates.text(READER, "en", "Is the Kazakh famine a myth?");
        api.deliver(question, question);
        api.deliver(updates.edited(READER, "Is the Holodomor a myth?"));
        api.deliver(updates.text(READER, "en", "/help"));

        api.await("sendMessage", 2);
        Thread.sleep(500);

        assertThat(api.calls("sendMessage")).extracting(Call::text)
                .satisfiesExactly(t -> assertThat(t).contains("❌"), t -> assertThat(t).startsWith("Send me a claim"));
    }

    @Test
    void survivesServerErrorsTooManyRequestsAndTimeoutsWhenSending() throws Exception {
        api.fail("sendMessage", 2, 502, "Bad Gateway", null);
        api.deliver(updates.text(21, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 1, c -> c.chatId() == 21 && c.text().contains("❌"), WAIT);

        api.fail("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1);
        long start = System.nanoTime();
        api.deliver(updates.text(22, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 1, c -> c.chatId() == 22 && c.text().contains("❌"), WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited retry_after").isGreaterThan(Duration.ofMillis(900));

        api.delay("sendMessage", Duration.ofSeconds(3));
        api.deliver(updates.text(23, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 1, c -> c.chatId() == 23 && c.text().contains("❌"), WAIT);

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("sendmessage failed (502"))
                .anySatisfy(m -> assertThat(m).contains("429 Too Many Requests, the outbox waits 1 s"))
                .anySatisfy(m -> assertThat(m).contains("SocketTimeoutException"));
    }

    @Test
    void pollingRecoversFromConflictsServerErrorsAndARefusedConnection() throws Exception {
        api.fail("getUpdates", 1, 409, "Conflict: terminated by other getUpdates request", null);
        api.fail("getUpdates", 1, 500, "Internal Server Error", null);
        api.deliver(updates.text(31, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 1, c -> c.chatId() == 31, WAIT);

        api.stop();
        Thread.sleep(1500);
        api.restart();
        api.deliver(updates.text(32, "en", "Is the Kazakh famine a myth?"));
        api.await("sendMessage", 1, c -> c.chatId() == 32, Duration.ofSeconds(20));

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("409 Conflict: another instance of the bot is polling"))
                .anySatisfy(m -> assertThat(m).contains("polling is back after"));
    }

    @Test
    void closingSendsTheRepliesInFlightAndEndsEveryThread() throws Exception {
        api.delay("sendMessage", Duration.ofMillis(800));
        api.deliver(updates.text(41, "en", "Is the Kazakh famine a myth?"));
        api.await("answerCallbackQuery", 0);
        Thread.sleep(500); // the reply is now being sent

        long start = System.nanoTime();
        bot.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(api.calls("sendMessage")).anySatisfy(c -> assertThat(c.chatId()).isEqualTo(41));
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive() && !t.isDaemon()
                && (t.getName().startsWith("tarikh-") || t.getName().startsWith("OkHttp")));
    }

    @Test
    void aKazakhQuestionInAnEnglishAppIsAnsweredInKazakhAndAChosenLanguageSurvivesARestart() throws Exception {
        api.deliver(updates.text(READER, "en", "Тәжік театры Лахути туралы рас па?"));
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == READER, WAIT).get(0).text())
                .contains("Тексерілген тұжырым", "орысша нұсқасы");

        api.deliver(updates.callback(READER + 1, "ru", 5, Callbacks.data(Callbacks.LANGUAGE, "uz")));
        assertThat(api.await("editMessageText", 1, c -> c.chatId() == READER + 1, WAIT).get(0).text())
                .isEqualTo("Oʻzbekcha javob beraman.");
        bot.close();
        Thread.sleep(1100); // as a real restart: past the one-second window of the last getUpdates
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(ADMIN),
                SendLimits.TELEGRAM), new LiveAnswerer(Fixture.DIR, answerer), store);
        api.deliver(updates.text(READER + 1, "ru", "Когда основан театр Лахути?"));

        assertThat(api.await("sendMessage", 1, c -> c.chatId() == READER + 1, WAIT).get(0).text())
                .contains("<b>Asosan toʻgʻri</b>");
    }

    @Test
    void withTheSitePublishedEachAnswerLinksToItsClaimsPage() throws Exception {
        bot.close();
        Thread.sleep(1100); // as a real restart: past the one-second window of the last getUpdates
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(ADMIN),
                SendLimits.TELEGRAM, false, "https://tarikh.example.org/"), new LiveAnswerer(Fixture.DIR, answerer), store);
        api.deliver(updates.text(READER, "ru", "Когда основан театр Лахути?"));

        Call reply = api.await("sendMessage", 1, c -> c.chatId() == READER, WAIT).get(0);
        assertThat(buttons(reply)).contains("Подробнее");
        assertThat(StreamSupport.stream(reply.params().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .filter(button -> button.path("text").asText().equals("Подробнее"))
                .map(button -> button.path("url").asText()).findFirst().orElseThrow())
                .isEqualTo("https://tarikh.example.org/ru/claims/tajik-theatres.html");
    }

    private static List<String> buttons(Call call) {
        return StreamSupport.stream(call.params().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(button -> button.path("text").asText()).toList();
    }

    private static String data(Call call, String label) {
        return StreamSupport.stream(call.params().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .filter(button -> button.path("text").asText().equals(label))
                .map(button -> button.path("callback_data").asText()).findFirst().orElseThrow();
    }

    private static String text(List<Call> calls, long chatId) {
        return calls.stream().filter(c -> c.chatId() == chatId).map(Call::text).findFirst().orElseThrow();
    }
}
