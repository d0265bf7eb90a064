package org.tarikh.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tarikh.search.Evaluation;

/**
 * The bot as a process with a 256 MB heap against the fake Bot API server: the time from launch to its first
 * getUpdates, then how many questions a second it answers (20,000, each from its own chat, Telegram's sending
 * limits off), and the replies lost or sent twice.
 * Run with {@code bench/bot.sh}.
 */
public final class BotBenchmark {
    private static final int BATCH = 100; // what one getUpdates returns at most
    private static final int QUESTIONS = 20_000;
    private static final long FIRST_CHAT = 100_000;

    public static void main(String[] args) throws Exception {
        String knowledge = args[0];
        List<String> questions = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Evaluation.read(Path.of(args[i])).forEach(c -> questions.add(c.question()));
        }
        Path log = Files.createTempFile("tarikh-bench", ".log");
        try (FakeBotApi api = new FakeBotApi()) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", "target/tarikh.jar", "run", "--knowledge", knowledge, "--no-send-limits",
                    "--data", Files.createTempDirectory("tarikh-bench-data").toString());
            builder.environment().put("TELEGRAM_API_URL", api.url().toString());
            builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            builder.environment().put("TARIKH_LOG_LEVEL", "WARN");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            long launch = System.nanoTime();
            Process bot = builder.start();
            while (api.count("getUpdates") == 0 && bot.isAlive()) {
                Thread.sleep(1);
            }
            Duration startUp = Duration.ofNanos(System.nanoTime() - launch);

            Updates updates = new Updates();
            long start = System.nanoTime();
            for (int sent = 0; sent < QUESTIONS; sent += BATCH) {
                var batch = new com.fasterxml.jackson.databind.node.ObjectNode[BATCH];
                for (int i = 0; i < BATCH; i++) {
                    int n = sent + i;
                    batch[i] = updates.text(FIRST_CHAT + n, "en", questions.get(n % questions.size()));
                }
                api.deliver(batch);
            }
            api.await("sendMessage", QUESTIONS, c -> true, Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(2000); // a reply sent twice would come after the last one owed
            Deliveries deliveries = Deliveries.of(api, Deliveries.onePerChat(FIRST_CHAT, QUESTIONS));

            bot.destroy();
            boolean exited = bot.waitFor(10, TimeUnit.SECONDS);
            System.out.printf("start-up to first getUpdates: %d ms%n", startUp.toMillis());
            System.out.printf("%d questions answered and sent in %.2f s: %.0f questions/s (heap -Xmx256m)%n",
                    QUESTIONS, seconds, QUESTIONS / seconds);
            System.out.println("Telegram's limits off, one question per chat: " + deliveries);
            System.out.printf("bot exited on SIGTERM: %s; out-of-memory in its log: %s%n", exited,
                    Files.readString(log).contains("OutOfMemoryError"));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
