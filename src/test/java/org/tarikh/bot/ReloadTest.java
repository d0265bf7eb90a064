package org.tarikh.bot;

import org.tarikh.Fixture;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.KnowledgeWatcher;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import org.tarikh.store.Store;

/** A running bot whose knowledge folder the test edits: reloads without restart, and refuses broken edits. */
class ReloadTest {
    static final long ADMIN = 777;
    static final String QUESTION = "Is the Kazakh famine a myth?";
    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path knowledge;

    @TempDir
    Path data;

    Store store;

    FakeBotApi api;
    TelegramBot bot;
    KnowledgeWatcher watcher;
    LiveAnswerer answerer;
    final Updates updates = new Updates();
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void startBot() throws Exception {
        Path fixture = Path.of("src/test/resources/fixture");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path copy = knowledge.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        answerer = new LiveAnswerer(knowledge, new Answerer(Fixture.matcher(knowledge)));
        watcher = new KnowledgeWatcher(knowledge, answerer);
        api = new FakeBotApi();
        store = Store.open(data);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(ADMIN), SendLimits.TELEGRAM), answerer,
                store);
    }

    @AfterEach
    void stopBot() throws Exception {
        bot.close();
        watcher.close();
        api.close();
        store.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void anEditedClaimIsAnsweredWithoutRestart() throws Exception {
        Path file = knowledge.resolve("famine/kazakh-famine.yaml");
        Files.writeString(file, Files.readString(file).replace("About 1.5 million people died", "About 1.5 to 2.3 million people died"));

        assertThat(askUntil(reply -> reply.contains("1.5 to 2.3 million"))).isTrue();
    }

    @Test
    void aBrokenEditLeavesTheOldAnswerServingAndReportsTheError() throws Exception {
        Path file = knowledge.resolve("famine/kazakh-famine.yaml");
        Files.writeString(file, Files.readString(file).replace("verdict: false", "verdict: wrong"));

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (logs.list.stream().noneMatch(e -> e.getFormattedMessage().contains("kazakh-famine.yaml:10: verdict 'wrong'"))) {
            assertThat(System.nanoTime()).as("the error is logged").isLessThan(deadline);
            Thread.sleep(50);
        }
        api.deliver(updates.text(5, "en", QUESTION));
        assertThat(api.await("sendMessage", 1).get(0).text()).startsWith("🔎 <b>Checked claim:</b> «The famine in Kazakhstan");
    }

    @Test
    void reloadTellsTheAdminTheProblemsAndRefusesOthers() throws Exception {
        watcher.close(); // only /reload from here on
        Path file = knowledge.resolve("famine/kazakh-famine.yaml");
        Files.writeString(file, Files.readString(file).replace("verdict: false", "verdict: wrong"));

        api.deliver(updates.text(ADMIN, "en", "/reload"));
        api.deliver(updates.text(6, "en", "/reload"));
        api.await("sendMessage", 2);

        assertThat(text(ADMIN)).startsWith("Reload refused: 1 problem(s). Still serving the knowledge of 2026-11-28.")
                .contains("kazakh-famine.yaml:10: verdict 'wrong' is not one of:");
        assertThat(text(6)).isEqualTo("This command is for the bot's maintainers.");

        Files.writeString(file, Files.readString(file).replace("verdict: wrong", "verdict: misleading"));
        api.deliver(updates.text(ADMIN, "en", "/reload"));
        api.await("sendMessage", 1, c -> c.text().startsWith("Reloaded: 3 claims"), WAIT);
        api.deliver(updates.text(5, "en", QUESTION));
        api.await("sendMessage", 1, c -> c.chatId() == 5 && c.text().contains("⚠️ <b>Misleading</b>"), WAIT);
    }

    @Test
    void questionsKeepBeingAnsweredDuringReloads() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Thread asker = new Thread(() -> {
            while (running.get()) {
                if (answerer.get().answer(QUESTION).claim().isPresent()) {
                    answered.incrementAndGet();
                }
            }
        });
        asker.start();
        for (int i = 0; i < 20; i++) {
            answerer.reload();
        }
        running.set(false);
        asker.join();

        assertThat(answered.get()).isPositive();
        assertThat(answerer.get().answer(QUESTION).claim()).isPresent();
    }

    @Test
    void theWatcherSurvivesFilesVanishingMidReloadAndKeepsWatching() throws Exception {
        Path folder = knowledge.resolve("famine");
        Path aside = knowledge.resolveSibling(knowledge.getFileName() + "-aside");
        Path theatres = knowledge.resolve("culture/tajik-theatres.yaml");
        String theatresText = Files.readString(theatres);
        for (int i = 0; i < 30; i++) { // what a git checkout does to the folder, many times over
            Files.move(folder, aside);
            Files.delete(theatres);
            Files.createDirectory(theatres); // a claim file that cannot be read
            if (i == 10) {
                api.deliver(updates.text(ADMIN, "en", "/reload"));
            }
            Thread.sleep(40);
            Files.move(aside, folder);
            Files.delete(theatres);
            Files.writeString(theatres, theatresText);
            Thread.sleep(40);
        }
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == ADMIN, WAIT).get(0).text())
                .as("/reload answers mid-checkout").containsAnyOf("Reloaded", "Reload refused");

        Path file = folder.resolve("kazakh-famine.yaml");
        Files.writeString(file, Files.readString(file).replace("About 1.5 million people died", "About 1.5 to 2.3 million people died"));
        assertThat(askUntil(reply -> reply.contains("1.5 to 2.3 million"))).as("edits still picked up").isTrue();
        assertThat(logs.list).noneMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR);
    }

    /** Asks the question until the reply satisfies {@code test}, or the wait is over. */
    private boolean askUntil(java.util.function.Predicate<String> test) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (int asked = 1; System.nanoTime() < deadline; asked++) {
            api.deliver(updates.text(5, "en", QUESTION));
            Call reply = api.await("sendMessage", asked, c -> c.chatId() == 5, WAIT).get(asked - 1);
            if (test.test(reply.text())) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private String text(long chatId) {
        return api.calls("sendMessage").stream().filter(c -> c.chatId() == chatId).map(Call::text).findFirst().orElseThrow();
    }
}
