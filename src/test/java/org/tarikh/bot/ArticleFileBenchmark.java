package org.tarikh.bot;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.tarikh.Fixture;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Html;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.store.Store;

/**
 * A reader's texts, a file and a link, through the real bot against the fake Bot API server with the real
 * knowledge: the time from the update to the reply for the whole article sent as a .txt file (median of five,
 * after one to warm up), and the replies a person sees to a pasted paragraph, the article file and a link to a
 * page with a paragraph of it. Run with {@code bench/article.sh}.
 */
public final class ArticleFileBenchmark {
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path knowledge = Path.of(args[0]);
        String article = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        List<String> paragraphs = article.lines().filter(l -> l.length() > 200).toList();
        String paragraph = paragraphs.stream().filter(p -> p.contains("Zhanaozen")).findFirst().orElse(paragraphs.get(0));
        Answerer answerer = new Answerer(Fixture.matcher(knowledge));
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        String page = paragraphs.stream().filter(p -> p.contains("Turkmenistan")).findFirst().orElse(paragraph);
        web.createContext("/post", exchange -> {
            byte[] body = ("<html><head><title>Communists in Central Asia</title></head><body><nav>Home | About</nav>"
                    + "<article><p>" + page + "</p></article><footer>All rights reserved</footer></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        Path data = Files.createTempDirectory("tarikh-article");
        try (FakeBotApi api = new FakeBotApi(); Store store = Store.open(data)) {
            TelegramBot bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2),
                    java.util.Set.of(), SendLimits.NONE, true, ""), new LiveAnswerer(knowledge, answerer), store);
            Updates updates = new Updates();
            api.file("article", article.getBytes(StandardCharsets.UTF_8));
            long[] nanos = new long[RUNS];
            Call fileReply = null;
            for (int run = -1; run < RUNS; run++) {
                long chat = 5000 + run + 1;
                long start = System.nanoTime();
                api.deliver(updates.document(chat, "article.txt", "article", article.length(), null));
                fileReply = api.await("sendMessage", 1, c -> c.chatId() == chat, Duration.ofSeconds(30)).get(0);
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
            api.deliver(updates.text(6001, "en", paragraph));
            Call paragraphReply = api.await("sendMessage", 1, c -> c.chatId() == 6001, Duration.ofSeconds(10)).get(0);
            String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/post";
            api.deliver(updates.link(6002, url, url));
            Call linkReply = api.await("sendMessage", 1, c -> c.chatId() == 6002, Duration.ofSeconds(20)).get(0);
            bot.close();

            Arrays.sort(nanos);
            System.out.printf("the whole article (%d characters) sent as article.txt: update to reply %.0f ms (median "
                    + "of %d; fastest %.0f, slowest %.0f)%n%n", article.length(), nanos[RUNS / 2] / 1e6, RUNS,
                    nanos[0] / 1e6, nanos[RUNS - 1] / 1e6);
            print("A pasted paragraph of the article", paragraphReply);
            print("The article as a .txt file", fileReply);
            print("A link to a page with a paragraph of it", linkReply);
        } finally {
            web.stop(0);
        }
    }

    private static void print(String title, Call reply) {
        System.out.println("=== " + title + " (" + Html.visibleLength(reply.text()) + " visible characters)");
        System.out.println(Html.toPlainText(reply.text()));
        reply.params().path("reply_markup").path("inline_keyboard").forEach(row -> {
            StringBuilder line = new StringBuilder("  ");
            row.forEach(button -> line.append("[").append(button.path("text").asText()).append("] "));
            System.out.println(line);
        });
        System.out.println();
    }
}
