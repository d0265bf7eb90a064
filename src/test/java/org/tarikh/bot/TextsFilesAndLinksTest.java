package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.Fixture;
import org.tarikh.answer.Answerer;
import org.tarikh.answer.Html;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.FakeBotApi.Call;
import org.tarikh.store.Store;

/**
 * What people bring a fact-checker — pasted paragraphs, forwarded posts, files, links — through the real
 * TelegramBots library and a fake Bot API server, with web pages served from 127.0.0.1.
 */
class TextsFilesAndLinksTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final long READER = 2001;
    static final long GROUP = -100777;
    /** A paragraph that makes the fixture's three claims. */
    static final String PARAGRAPH = "Our history is being rewritten. The Kazakh famine of the 1930s, they now say, was "
            + "invented by nationalists. In Zhanaozen in 2011 the police killed more than 70 striking oil workers. "
            + "And the Soviet state gave the Tajiks their first theatre, the Lahuti theatre, in 1929.";
    static final Answerer answerer = Fixture.answerer();

    @TempDir
    Path data;

    final Updates updates = new Updates();
    FakeBotApi api;
    Store store;
    TelegramBot bot;
    HttpServer web;
    ExecutorService webThreads;

    void start(boolean fetchLoopback) throws Exception {
        api = new FakeBotApi();
        store = Store.open(data);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url(), Duration.ofSeconds(2), Set.of(),
                SendLimits.TELEGRAM, fetchLoopback, ""), new LiveAnswerer(Fixture.DIR, answerer), store);
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        webThreads = Executors.newCachedThreadPool();
        web.setExecutor(webThreads);
        web.createContext("/history", exchange -> {
            byte[] page = ("<html><head><title>History page</title></head><body><nav>Home · News · About</nav>"
                    + "<article><h1>What they do not tell you</h1><p>" + PARAGRAPH + "</p></article>"
                    + "<footer>© 2026 History page. All rights reserved.</footer></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.createContext("/to-private", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://10.1.2.3/admin");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        web.createContext("/never", exchange -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        web.createContext("/picture.png", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write(new byte[] {1, 2, 3, 4});
            exchange.close();
        });
        web.start();
    }

    String page(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        web.stop(0);
        webThreads.shutdownNow();
        api.close();
        store.close();
    }

    @Test
    void aPastedParagraphGetsOneReplyListingItsClaimsAndAButtonOpensEach() throws Exception {
        start(false);
        api.deliver(updates.text(READER, "en", PARAGRAPH));

        Call reply = api.await("sendMessage", 1).get(0);

        assertThat(reply.text()).startsWith("I found 3 checked claims in this text:");
        assertThat(reply.text()).containsSubsequence("«The famine in Kazakhstan", "❌ False · “The Kazakh famine",
                "«More than 70 striking oil workers", "«The Soviet state supported Tajik culture");
        assertThat(buttons(reply)).containsExactly("1. The famine in Kazakhstan during collectivisation is a…",
                "2. More than 70 striking oil workers were killed in…", "3. The Soviet state supported Tajik culture with national…");

        api.deliver(updates.callback(READER, "en", 600, data(reply, buttons(reply).get(1))));
        Call full = api.await("sendMessage", 2).get(1);
        assertThat(full.text()).startsWith("🔎 <b>Checked claim:</b> «More than 70 striking oil workers");
        assertThat(buttons(full)).contains("Sources", "👍");
    }

    @Test
    void aForwardedPostAndAPhotosCaptionAreCheckedLikeTypedText() throws Exception {
        start(false);
        api.deliver(updates.forwarded(READER, PARAGRAPH));
        api.deliver(updates.media(READER + 1, "photo", "Zhanaozen 2011: more than 70 strikers were killed."));

        List<Call> replies = api.await("sendMessage", 2);

        assertThat(replies).anySatisfy(r -> assertThat(r.text()).startsWith("I found 3 checked claims"));
        assertThat(replies).anySatisfy(r -> assertThat(r.text()).contains("«More than 70 striking oil workers"));
    }

    @Test
    void autoModeAnswersTheFalseClaimsOfAChannelsForwardedPostCompactlyWithDeepLinks() throws Exception {
        start(false);
        store.saveChatSettings(GROUP, new Store.ChatSettings(null, true));
        var post = updates.group(GROUP, 777000, PARAGRAPH, null, null);
        post.with("message").put("is_automatic_forward", true);
        api.deliver(post);

        Call reply = api.await("sendMessage", 1).get(0);
        Thread.sleep(300);

        assertThat(api.calls("sendMessage")).hasSize(1);
        assertThat(reply.text()).startsWith("🔎 <b>Checked claims in this message:</b>")
                .contains("❌ False — «The famine in Kazakhstan", "❌ False — «More than 70 striking")
                .doesNotContain("Tajik").as("only false or misleading claims, unasked");
        assertThat(Html.visibleLength(reply.text())).isLessThanOrEqualTo(400);
        assertThat(urls(reply)).containsExactly("https://t.me/tarikh_test_bot?start=kazakh-famine",
                "https://t.me/tarikh_test_bot?start=zhanaozen-strike");
        assertThat(reply.params().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(post.path("message").path("message_id").asInt());
    }

    @Test
    void aTextAnHtmlAndAPdfFileAreReadAndTheReplyNamesTheFile() throws Exception {
        start(false);
        api.file("f-txt", PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        api.file("f-html", ("<html><body><nav>Menu</nav><p>" + PARAGRAPH + "</p><footer>Footer</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        api.file("f-pdf", pdf(PARAGRAPH));
        api.deliver(updates.document(3001, "history.txt", "f-txt", 300, null));
        api.deliver(updates.document(3002, "page.html", "f-html", 400, null));
        api.deliver(updates.document(3003, "article.pdf", "f-pdf", 2000, "please check"));

        List<Call> replies = api.await("sendMessage", 3);

        assertThat(text(replies, 3001)).startsWith("<b>📄 history.txt</b>\nI found 3 checked claims in this text:");
        assertThat(text(replies, 3002)).startsWith("<b>📄 page.html</b>\nI found 3 checked claims").doesNotContain("Menu");
        assertThat(text(replies, 3003)).startsWith("<b>📄 article.pdf</b>\nI found 3 checked claims");
        assertThat(api.count("getFile")).isEqualTo(3);
        assertThat(api.count("download")).as("files fetched from the file URL under TELEGRAM_API_URL").isEqualTo(3);
    }

    @Test
    void aFileTooLargeOrOfAnotherKindGetsAPoliteAnswerSayingWhatIsRead() throws Exception {
        start(false);
        api.file("big", new byte[3 * 1024 * 1024]);
        api.deliver(updates.document(3101, "book.txt", "big", 3 * 1024 * 1024, null));
        api.deliver(updates.document(3102, "book.txt", "big", 100, null)); // its size not told right
        api.deliver(updates.document(3103, "thesis.docx", "doc", 5000, null));

        List<Call> replies = api.await("sendMessage", 3);

        assertThat(text(replies, 3101)).isEqualTo("«book.txt» is larger than 2 MB; I read .txt, .md, .html and .pdf files up to 2 MB.");
        assertThat(text(replies, 3102)).isEqualTo(text(replies, 3101));
        assertThat(text(replies, 3103)).isEqualTo("I read .txt, .md, .html and .pdf files up to 2 MB; «thesis.docx» is not one of them.");
    }

    @Test
    void aLinkIsFetchedAndItsMainTextCheckedAndTheReplyNamesThePage() throws Exception {
        start(true);
        api.deliver(updates.link(READER, "is this true? " + page("/history"), page("/history")));

        Call reply = api.await("sendMessage", 1).get(0);

        assertThat(reply.text()).startsWith("<b>🔗 History page</b>\nI found 3 checked claims in this text:");
        assertThat(reply.text()).doesNotContain("All rights reserved");
    }

    @Test
    void aLinkToLoopbackIsRefusedWithoutTheTestsFlag() throws Exception {
        start(false);
        api.deliver(updates.link(4001, page("/history"), page("/history")));

        Call loopback = api.await("sendMessage", 1).get(0);

        assertThat(loopback.text()).startsWith("I do not open http://127.0.0.1:").endsWith("it points to a private or local address.");
    }

    @Test
    void linksToPrivateAddressesOrNonPagesAreRefusedAndASilentPageTimesOutWithoutDelayingOthers() throws Exception {
        start(true);
        long start = System.nanoTime();
        api.deliver(updates.link(4002, page("/never"), page("/never")));
        api.deliver(updates.link(4003, page("/to-private"), page("/to-private")));
        api.deliver(updates.link(4004, page("/picture.png"), page("/picture.png")));
        api.deliver(updates.text(4005, "en", "Is the Kazakh famine a myth?"));

        Call question = api.await("sendMessage", 1, c -> c.chatId() == 4005, WAIT).get(0);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("another chat is not held up").isLessThan(Duration.ofSeconds(5));
        assertThat(question.text()).contains("❌ <b>False</b>");
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 4003, WAIT).get(0).text())
                .as("a redirect to a private address").endsWith("it points to a private or local address.");
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 4004, WAIT).get(0).text())
                .endsWith("is not a web page: I read HTML and plain text.");
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 4002, Duration.ofSeconds(20)).get(0).text())
                .endsWith("did not answer in time, so I could not check it.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));

        api.deliver(updates.text(4006, "en", "How many died in Zhanaozen?"));
        assertThat(api.await("sendMessage", 1, c -> c.chatId() == 4006, WAIT)).as("polling goes on").hasSize(1);
    }

    @Test
    void aGroupChecksTheFileOrLinkACheckRepliesTo() throws Exception {
        start(true);
        api.file("g-txt", PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        var check = updates.group(GROUP, 5, "/check", "see this", 6L);
        check.with("message").with("reply_to_message").putObject("document").put("file_id", "g-txt")
                .put("file_unique_id", "u-g").put("file_name", "post.txt").put("file_size", 300);
        api.deliver(check);

        Call reply = api.await("sendMessage", 1).get(0);

        assertThat(reply.text()).startsWith("<b>📄 post.txt</b>\n🔎 <b>Checked claims in this message:</b>");
        assertThat(reply.params().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(check.path("message").path("message_id").asInt());
        assertThat(Html.visibleLength(reply.text())).isLessThanOrEqualTo(400);
    }

    @Test
    void aLongInlineQueryOffersTheClaimsTheTextMakes() throws Exception {
        start(false);
        api.deliver(updates.inline(READER, PARAGRAPH));

        Call answered = api.await("answerInlineQuery", 1).get(0);

        assertThat(answered.params().path("results")).extracting(r -> r.path("id").asText())
                .containsExactly("kazakh-famine", "zhanaozen-strike", "tajik-theatres");
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 720);
                for (String line : text.split("(?<=\\.) ")) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> buttons(Call call) {
        return keyboard(call).map(b -> b.path("text").asText()).toList();
    }

    private static List<String> urls(Call call) {
        return keyboard(call).map(b -> b.path("url").asText()).toList();
    }

    private static java.util.stream.Stream<com.fasterxml.jackson.databind.JsonNode> keyboard(Call call) {
        return StreamSupport.stream(call.params().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false));
    }

    private static String data(Call call, String label) {
        return keyboard(call).filter(b -> b.path("text").asText().equals(label))
                .map(b -> b.path("callback_data").asText()).findFirst().orElseThrow();
    }

    private static String text(List<Call> calls, long chatId) {
        return calls.stream().filter(c -> c.chatId() == chatId).map(Call::text).findFirst().orElseThrow();
    }
}
