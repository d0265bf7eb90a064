package org.tarikh.bot;

import org.tarikh.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import org.tarikh.store.Store;

/**
 * The bot in groups, a channel's discussion group and inline mode, against a server that answers 429 to
 * any message beyond Telegram's limits: answers when asked, threaded; silent otherwise.
 */
class GroupChatTest {
    static final long GROUP = -1001;
    static final long ADMIN = 11;
    static final long MEMBER = 12;
    static final long BOT = 42;
    static final String FALSE_CLAIM = "Is the Kazakh famine a myth?";
    static final Duration WAIT = Duration.ofSeconds(15);
    static Answerer answerer;

    @TempDir
    Path data;

    FakeBotApi api;
    Store store;
    TelegramBot bot;
    final Updates updates = new Updates();

    @BeforeAll
    static void loadKnowledge() throws Exception {
        answerer = Fixture.answerer();
    }

    @BeforeEach
    void startBot() throws Exception {
        api = new FakeBotApi();
        api.enforce(SendLimits.TELEGRAM);
        api.chatAdmins(ADMIN);
        start();
    }

    private void start() throws Exception {
        store = Store.open(data);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(), SendLimits.TELEGRAM),
                new LiveAnswerer(Path.of("src/test/resources/fixture"), answerer), store);
    }

    @AfterEach
    void stopBot() throws Exception {
        assertThat(api.tooManyRequests()).as("Telegram's limits kept").isZero();
        bot.close();
        api.close();
        store.close();
    }

    @Test
    void checksAClaimOrTheMessageItRepliesToThreadedUnderIt() throws Exception {
        var check = updates.group(GROUP, MEMBER, "/check " + FALSE_CLAIM, null, null);
        api.deliver(check);
        Call reply = api.await("sendMessage", 1).get(0);
        assertThat(reply.text()).as("compact, the claim first").startsWith("🔎 «The famine in Kazakhstan").contains("❌ <b>False</b>");
        assertThat(org.tarikh.answer.Html.visibleLength(reply.text())).isLessThanOrEqualTo(400);
        assertThat(reply.params().path("reply_markup").path("inline_keyboard").get(0).get(0).path("url").asText())
                .as("the full answer a tap away, in a private chat").isEqualTo("https://t.me/tarikh_test_bot?start=kazakh-famine");
        assertThat(reply.params().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(check.path("message").path("message_id").asInt());

        api.deliver(updates.group(GROUP, MEMBER, "/check@tarikh_test_bot", "When was the Lahuti theatre founded?", 99L));
        assertThat(api.await("sendMessage", 2).get(1).text()).contains("✅ <b>Mostly accurate</b>");

        api.deliver(updates.group(GROUP, MEMBER, "/check", null, null));
        assertThat(api.await("sendMessage", 3).get(2).text()).startsWith("Send /check with a claim");
    }

    @Test
    void answersAMentionAndARepliesToItsOwnMessagesAndIsSilentOtherwise() throws Exception {
        api.deliver(updates.group(GROUP, MEMBER, "Just chatting about dinner", null, null),
                updates.group(GROUP, MEMBER, "/check@some_other_bot " + FALSE_CLAIM, null, null),
                updates.group(GROUP, MEMBER, "Hi @friend, " + FALSE_CLAIM, null, null));
        api.deliver(updates.group(GROUP, MEMBER, "@tarikh_test_bot " + FALSE_CLAIM, null, null));
        api.deliver(updates.group(GROUP, MEMBER, "When was the Lahuti theatre founded?", "an earlier answer", BOT));

        List<Call> replies = api.await("sendMessage", 2);
        Thread.sleep(500);

        assertThat(api.calls("sendMessage")).hasSize(2);
        assertThat(replies.get(0).text()).contains("❌ <b>False</b>");
        assertThat(replies.get(1).text()).contains("✅ <b>Mostly accurate</b>");
    }

    @Test
    void introducesItselfWhenAddedAndForgetsTheChatWhenRemoved() throws Exception {
        store.saveChatSettings(GROUP, new Store.ChatSettings("ru", true));
        api.deliver(updates.membership(GROUP, ADMIN, "left", "member"));
        assertThat(api.await("sendMessage", 1).get(0).text()).startsWith("Hello! I fact-check claims").contains("/check");

        api.deliver(updates.membership(GROUP, ADMIN, "member", "left"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!store.chatSettings(GROUP).equals(Store.ChatSettings.DEFAULT) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(store.chatSettings(GROUP)).isEqualTo(Store.ChatSettings.DEFAULT);
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void onlyAdminsChangeSettingsAndTheySurviveARestart() throws Exception {
        api.deliver(updates.group(GROUP, MEMBER, "/settings", null, null));
        assertThat(api.await("sendMessage", 1).get(0).text()).isEqualTo("Only this chat's admins can change my settings.");

        api.deliver(updates.group(GROUP, ADMIN, "/settings", null, null));
        Call settings = api.await("sendMessage", 2).get(1);
        assertThat(settings.text()).contains("Auto mode", ": off.");

        api.deliver(updates.callback(MEMBER, "en", 500, data(settings, "Auto mode: turn on")));
        api.await("answerCallbackQuery", 1, c -> c.text().equals("Only this chat's admins can change my settings."), WAIT);
        assertThat(store.chatSettings(GROUP).autoMode()).isFalse();

        var tap = updates.callback(ADMIN, "en", 500, data(settings, "Auto mode: turn on"));
        tap.with("callback_query").with("message").with("chat").put("id", GROUP).put("type", "supergroup");
        api.deliver(tap);
        assertThat(api.await("editMessageText", 1).get(0).text()).contains(": on.");

        bot.close();
        store.close();
        start();
        assertThat(store.chatSettings(GROUP).autoMode()).as("after a restart").isTrue();
    }

    @Test
    void autoModeAnswersAFalseClaimOncePerDayAndAChannelsForwardedPost() throws Exception {
        store.saveChatSettings(GROUP, new Store.ChatSettings(null, true));
        api.deliver(updates.group(GROUP, MEMBER, "When was the Lahuti theatre founded?", null, null)); // not false
        api.deliver(updates.group(GROUP, MEMBER, FALSE_CLAIM, null, null));
        api.deliver(updates.group(GROUP, MEMBER, FALSE_CLAIM, null, null)); // same claim, same day

        var post = updates.group(GROUP, 777000, "Is the Kazakh famine a myth? The Holodomor?", null, null);
        post.with("message").put("is_automatic_forward", true);
        api.deliver(post);
        var zhanaozen = updates.group(GROUP, 777000, "How many died in Zhanaozen?", null, null);
        zhanaozen.with("message").put("is_automatic_forward", true);
        api.deliver(zhanaozen);

        api.await("sendMessage", 2);
        Thread.sleep(700);
        assertThat(api.calls("sendMessage")).extracting(Call::text)
                .satisfiesExactly(t -> assertThat(t).contains("❌ False — «The famine in Kazakhstan"),
                        t -> assertThat(t).contains("❌ False — «More than 70 striking"));
    }

    @Test
    void inlineModeOffersReadyAnswersAndPopularClaimsForAnEmptyQuery() throws Exception {
        api.deliver(updates.inline(MEMBER, FALSE_CLAIM));
        Call answered = api.await("answerInlineQuery", 1).get(0);
        JsonNode first = answered.params().path("results").get(0);
        assertThat(first.path("id").asText()).isEqualTo("kazakh-famine");
        assertThat(first.path("title").asText()).startsWith("❌ False: The famine in Kazakhstan");
        assertThat(first.path("input_message_content").path("message_text").asText())
                .isEqualTo(answerer.render(answerer.knowledge().claim("kazakh-famine").orElseThrow(), "en"));
        assertThat(answered.params().path("results")).hasSizeLessThanOrEqualTo(5);

        api.deliver(updates.inline(MEMBER, ""));
        assertThat(api.await("answerInlineQuery", 2).get(1).params().path("results")).hasSize(3);

        api.deliver(updates.inline(MEMBER, "Was there a famine in Ireland in the 1840s?"));
        assertThat(api.await("answerInlineQuery", 3).get(2).params().path("results")).isEmpty();
    }

    @Test
    void aUserPastTwentyQuestionsAMinuteGetsOneNoticeThenIsIgnored() throws Exception {
        for (int i = 0; i < 25; i++) {
            api.deliver(updates.text(MEMBER, "en", FALSE_CLAIM));
        }
        api.await("sendMessage", 21, c -> true, Duration.ofSeconds(40));
        Thread.sleep(700);

        List<Call> replies = api.calls("sendMessage");
        assertThat(replies).hasSize(21);
        assertThat(replies.get(20).text()).startsWith("You are asking faster than I can check.");
    }

    private static String data(Call call, String label) {
        return StreamSupport.stream(call.params().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .filter(button -> button.path("text").asText().equals(label))
                .map(button -> button.path("callback_data").asText()).findFirst().orElseThrow();
    }
}
