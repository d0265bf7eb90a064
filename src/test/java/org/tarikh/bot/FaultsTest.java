package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Fixture;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.store.Store;

/**
 * The bot on a bad day, through the real TelegramBots library and a fake Bot API server: stopped with replies
 * queued, the Bot API failing, poison updates, a flooding member. Nothing it owes is lost, nothing sent twice.
 */
class FaultsTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Answerer answerer = Fixture.answerer();
    static final String QUESTION = "Is the Kazakh famine a myth?";

    @TempDir
    Path data;

    final Updates updates = new Updates();
    FakeBotApi api;
    Store store;
    TelegramBot bot;

    @BeforeEach
    void startServer() throws Exception {
        api = new FakeBotApi();
        store = Store.open(data);
    }

    void startBot(SendLimits limits) throws Exception {
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(), limits),
                new LiveAnswerer(Fixture.DIR, answerer), store);
    }

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        api.close();
        store.close();
    }

    @Test
    void stoppedWithRepliesQueuedUnderTheLimitsItLosesNoneAndSendsNoneTwice() throws Exception {
        api.enforce(SendLimits.TELEGRAM);
        startBot(SendLimits.TELEGRAM);
        int questions = 162;
        for (int i = 0; i < questions; i += 54) {
            var batch = new ObjectNode[54];
            for (int j = 0; j < 54; j++) {
                batch[j] = updates.text(10_000 + i + j, "en", QUESTION);
            }
            api.deliver(batch);
        }
        api.await("sendMessage", 10, c -> true, WAIT); // under way, most still queued (30 a second)

        bot.close();
        int beforeExit = api.calls("sendMessage").size();
        store.close();
        store = Store.open(data);
        Thread.sleep(1100); // a real restart takes longer than Telegram's one-second window
        startBot(SendLimits.TELEGRAM);
        api.await("sendMessage", questions, c -> true, WAIT);
        Thread.sleep(500);

        Map<Long, Long> repliesPerChat = api.calls("sendMessage").stream()
                .collect(Collectors.groupingBy(Call::chatId, Collectors.counting()));
        assertThat(beforeExit).as("some were still owed at the stop").isLessThan(questions);
        assertThat(repliesPerChat).as("every reader answered").hasSize(questions);
        assertThat(repliesPerChat.values()).as("none twice").allMatch(n -> n == 1);
        assertThat(api.tooManyRequests()).isZero();
    }

    @Test
    void tenSecondsOfBadGatewayLoseNoReply() throws Exception {
        startBot(SendLimits.TELEGRAM);
        api.failFor("sendMessage", Duration.ofSeconds(10), 502);
        for (int i = 0; i < 30; i++) {
            api.deliver(updates.text(20_000 + i, "en", QUESTION));
        }

        api.await("sendMessage", 30, c -> true, Duration.ofSeconds(45));
        Thread.sleep(500);

        assertThat(api.count("sendMessage:failed")).as("the outage was met").isGreaterThan(30);
        assertThat(api.calls("sendMessage").stream().collect(Collectors.groupingBy(Call::chatId, Collectors.counting())))
                .hasSize(30).allSatisfy((chat, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aTooManyRequestsWithoutRetryAfterLosesNothing() throws Exception {
        startBot(SendLimits.TELEGRAM);
        api.fail("sendMessage", 2, 429, "Too Many Requests", null);
        api.deliver(updates.text(30_001, "en", QUESTION));

        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 30_001, WAIT)).hasSize(1);
    }

    @Test
    void pollingComesBackWithinFortySecondsOfAHundredAndFiftySecondOutage() throws Exception {
        startBot(SendLimits.TELEGRAM);
        api.deliver(updates.text(40_001, "en", QUESTION));
        api.await("sendMessage", 1, c -> c.chatId() == 40_001, WAIT);

        api.stop(); // the Bot API unreachable: every poll refused
        Thread.sleep(150_000);
        api.restart();
        api.deliver(updates.text(40_002, "en", QUESTION));

        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 40_002, Duration.ofSeconds(40))).hasSize(1);
    }

    @Test
    void poisonUpdatesAreSkippedAndTheNextOneIsAnswered() throws Exception {
        startBot(SendLimits.TELEGRAM);
        ObjectMapper json = new ObjectMapper();
        api.deliver(json.readTree("{\"update_id\":900,\"message\":{\"message_id\":\"not a number\",\"chat\":7}}"),
                json.readTree("{\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":8,\"type\":\"private\"},\"text\":\"x\"}}"));
        var afterPoison = updates.text(30_002, "en", QUESTION);
        afterPoison.put("update_id", 901);
        api.deliver(afterPoison);
        var pastTheText = updates.text(30_003, "en", "hi");
        pastTheText.put("update_id", 902);
        pastTheText.with("message").putArray("entities").addObject().put("type", "mention").put("offset", 40).put("length", 9);
        api.deliver(pastTheText);

        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 30_002, WAIT)).hasSize(1);
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 30_003, WAIT)).as("entities past the end of the text")
                .hasSize(1);
    }

    @Test
    void oneMemberCannotMakeTheBotFloodAGroupNorHoldUpAnother() throws Exception {
        startBot(SendLimits.TELEGRAM);
        long group = -100555;
        for (int i = 0; i < 40; i++) {
            api.deliver(updates.group(group, 41, "/help", null, null));
        }
        api.deliver(updates.group(group, 42, "/check " + QUESTION, null, null));

        Call check = api.await("sendMessage", 1, c -> c.text().contains("Kazakhstan"), WAIT).get(0);
        Thread.sleep(2000);

        List<Call> posts = api.calls("sendMessage");
        assertThat(posts).as("a handful of posts, not 40").hasSizeLessThanOrEqualTo(Floods.MEMBER_PER_MINUTE + 2);
        assertThat(posts).filteredOn(c -> c.text().startsWith("You are asking faster")).hasSize(1);
        assertThat(posts.indexOf(check)).as("the other member's /check is not queued behind 40 replies")
                .isLessThanOrEqualTo(Floods.MEMBER_PER_MINUTE + 1);
    }

    @Test
    void buttonTapsAndStickersCountAgainstTheReaderToo() throws Exception {
        startBot(SendLimits.NONE);
        for (int i = 0; i < 30; i++) {
            api.deliver(updates.media(31_000, "sticker", null));
        }
        for (int i = 0; i < 30; i++) {
            api.deliver(updates.callback(31_001, "en", 5, "t:famine"));
        }

        api.await("answerCallbackQuery", 30, c -> true, WAIT);
        Thread.sleep(500);

        Function<Long, Long> postsTo = chat -> api.calls("sendMessage").stream().filter(c -> c.chatId() == chat).count();
        assertThat(postsTo.apply(31_000L)).isEqualTo(Floods.READER_PER_MINUTE + 1);
        assertThat(postsTo.apply(31_001L)).as("every tap answered, but not every tap posts").isEqualTo(Floods.READER_PER_MINUTE);
    }
}
