package org.tarikh.bot;

import org.tarikh.Fixture;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.search.Index;
import org.tarikh.search.Matcher;
import org.tarikh.store.Store;

/**
 * A burst of questions from many chats against the fake Bot API server enforcing Telegram's limits (30 a
 * second in all, 1 a second per chat): how long the bot takes to send every reply, against the least time
 * the limits allow, how many 429s it met, and the replies lost or sent twice. Run with {@code bench/burst.sh}; {@code BurstIT} checks it.
 */
public final class BurstBenchmark {

    /** What a burst gave: replies sent, seconds to drain them, the least seconds the limits allow, 429s seen. */
    record Result(int replies, double seconds, double leastSeconds, int tooManyRequests, Deliveries deliveries) {
        double messagesPerSecond() {
            return replies / seconds;
        }
    }

    static Result run(Path knowledge, int questions, int chats) throws Exception {
        Answerer answerer = new Answerer(Fixture.matcher(knowledge));
        Path data = Files.createTempDirectory("tarikh-burst");
        try (FakeBotApi api = new FakeBotApi(); Store store = Store.open(data)) {
            api.enforce(SendLimits.TELEGRAM);
            TelegramBot bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(10),
                    Set.of(), SendLimits.TELEGRAM), new LiveAnswerer(knowledge, answerer), store);
            try {
                Updates updates = new Updates();
                long start = System.nanoTime();
                for (int sent = 0; sent < questions; sent += 100) {
                    ObjectNode[] batch = new ObjectNode[Math.min(100, questions - sent)];
                    for (int i = 0; i < batch.length; i++) {
                        batch[i] = updates.text(1_000 + (sent + i) % chats, "en", "Is the Kazakh famine a myth?");
                    }
                    api.deliver(batch);
                }
                api.await("sendMessage", questions, c -> true, Duration.ofMinutes(5));
                double seconds = (System.nanoTime() - start) / 1e9;
                Thread.sleep(2000); // a reply sent twice would come after the last one owed
                Map<Long, Integer> owed = new HashMap<>();
                for (int i = 0; i < questions; i++) {
                    owed.merge(1_000L + i % chats, 1, Integer::sum);
                }
                int perChat = (questions + chats - 1) / chats;
                double least = Math.max((questions - SendLimits.TELEGRAM.perSecond()) / (double) SendLimits.TELEGRAM.perSecond(),
                        (perChat - 1) * SendLimits.TELEGRAM.chatInterval().toMillis() / 1000.0);
                return new Result(api.calls("sendMessage").size(), seconds, least, api.tooManyRequests(),
                        Deliveries.of(api, owed));
            } finally {
                bot.close();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path knowledge = Path.of(args.length > 0 ? args[0] : "knowledge");
        Result result = run(knowledge, 2000, 200);
        System.out.printf("%d replies to 2000 questions from 200 chats drained in %.1f s (%.1f messages/s); "
                        + "the limits allow %.1f s at best: %.1f%% over; 429s seen: %d%n",
                result.replies(), result.seconds(), result.messagesPerSecond(), result.leastSeconds(),
                100 * (result.seconds() / result.leastSeconds() - 1), result.tooManyRequests());
        System.out.println("Telegram's limits on: " + result.deliveries());
    }
}
