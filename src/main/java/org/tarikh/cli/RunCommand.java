package org.tarikh.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.tarikh.answer.KnowledgeWatcher;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.bot.BotConfig;
import org.tarikh.bot.SendLimits;
import org.tarikh.bot.TelegramBot;
import org.tarikh.bot.Webhook;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.search.Calibration;
import org.tarikh.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tarikh run}: the Telegram bot, long polling (or, with {@code --webhook}, serving a webhook) until SIGTERM or
 * Ctrl-C, reloading the knowledge when its files change.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the Telegram bot: long polling, or with --webhook, taking updates on a webhook.")
public final class RunCommand implements Callable<Integer> {
    // Exit codes, as the README lists them.
    static final int NO_TOKEN = 2;
    static final int TOKEN_REFUSED = 3;
    static final int DATA_UNUSABLE = 4;
    static final int DISK_FULL = 5;
    static final int HTTP_PORT_UNUSABLE = 6;
    static final int WEBHOOK_UNUSABLE = 7;
    /** In webhook mode, how long /health says "draining" before the webhook stops: a load balancer's time to notice. */
    private static final long DRAIN_NOTICE_MILLIS = 2_000;

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "${env:TELEGRAM_BOT_TOKEN_FILE}",
            description = "A file holding the bot token (default: $TELEGRAM_BOT_TOKEN_FILE). "
                    + "Or set $TELEGRAM_BOT_TOKEN; there is no option for the token itself, so it never shows in ps.")
    Path tokenFile;

    @Option(names = "--api-url", paramLabel = "URL", defaultValue = "${env:TELEGRAM_API_URL:-https://api.telegram.org}",
            description = "The Bot API server (default: $TELEGRAM_API_URL or https://api.telegram.org).")
    URI apiUrl;

    @Mixin
    DataOption data;

    @Option(names = "--admins", paramLabel = "IDS", split = ",", defaultValue = "${env:TARIKH_ADMINS}",
            description = "Telegram user ids, comma-separated, allowed /reload (default: $TARIKH_ADMINS).")
    Set<Long> admins = Set.of();

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:TARIKH_HTTP_PORT:-0}",
            description = "Serve /health and /metrics on this port (default: $TARIKH_HTTP_PORT, else 0: off).")
    int httpPort;

    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "${env:TARIKH_HTTP_HOST:-127.0.0.1}",
            description = "The address /health listens on (default: $TARIKH_HTTP_HOST, else 127.0.0.1).")
    String httpHost;

    @Option(names = "--fetch-allow-loopback", hidden = true, defaultValue = "${env:TARIKH_FETCH_ALLOW_LOOPBACK:-false}",
            description = "Let links to 127.0.0.1 be fetched ($TARIKH_FETCH_ALLOW_LOOPBACK): only for tests.")
    boolean fetchLoopback;

    @Option(names = "--site-url", paramLabel = "URL", defaultValue = "${env:TARIKH_SITE_URL:-}",
            description = "Where `tarikh site` is published: each answer gets a \"Read more\" button to its claim's "
                    + "page (default: $TARIKH_SITE_URL; none when unset).")
    String siteUrl;

    @Option(names = "--webhook", paramLabel = "URL", defaultValue = "${env:TARIKH_WEBHOOK_URL:-}",
            description = "Webhook mode: Telegram posts the updates to this public https URL, served on its path at "
                    + "--webhook-listen (default: $TARIKH_WEBHOOK_URL; unset: long polling). The secret Telegram sends "
                    + "with each update comes from $TARIKH_WEBHOOK_SECRET or $TARIKH_WEBHOOK_SECRET_FILE.")
    String webhookUrl;

    @Option(names = "--webhook-listen", paramLabel = "HOST:PORT",
            defaultValue = "${env:TARIKH_WEBHOOK_LISTEN:-127.0.0.1:8080}",
            description = "Where webhook mode listens, behind the proxy that ends TLS (default: $TARIKH_WEBHOOK_LISTEN, "
                    + "else 127.0.0.1:8080).")
    String webhookListen;

    @Option(names = "--webhook-max-connections", paramLabel = "N",
            defaultValue = "${env:TARIKH_WEBHOOK_MAX_CONNECTIONS:-40}",
            description = "How many connections Telegram may open to the webhook at once, 1 to 100 (default: "
                    + "$TARIKH_WEBHOOK_MAX_CONNECTIONS, else 40).")
    int webhookMaxConnections;

    @Option(names = "--no-send-limits", hidden = true,
            description = "Lift Telegram's sending limits: only for benchmarks against a local server.")
    boolean sendLimitsOff;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String token = token();
        if (token == null) {
            err.println("""
                    No bot token. To run the Telegram bot:
                      1. In Telegram, talk to @BotFather, send /newbot and follow its steps; it gives you a token.
                      2. export TELEGRAM_BOT_TOKEN=<that token>   (or put it in a file and set TELEGRAM_BOT_TOKEN_FILE)
                      3. Run this command again.
                    Meanwhile, try the bot's answers from the command line:
                      java -jar target/tarikh.jar ask "Is the Kazakh famine a myth?\"""");
            err.flush();
            return NO_TOKEN;
        }
        Webhook webhook;
        try {
            webhook = webhook();
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println("webhook mode cannot start: " + e.getMessage());
            err.flush();
            return WEBHOOK_UNUSABLE;
        }
        KnowledgeBase loaded = knowledge.load(err);
        Calibration calibration = loaded == null ? null : knowledge.calibration(err);
        if (calibration == null) {
            return 1;
        }
        // The index builds while the store opens and polling starts; the first question waits for it.
        LiveAnswerer live = new LiveAnswerer(knowledge.dir,
                CompletableFuture.supplyAsync(() -> KnowledgeOption.answerer(loaded, calibration)));
        Store store;
        try {
            store = data.open();
        } catch (SQLException e) {
            return dataFolderProblem(err, e);
        }
        KnowledgeWatcher watcher = new KnowledgeWatcher(knowledge.dir, live);
        HealthEndpoint health;
        try {
            health = httpPort == 0 ? null : new HealthEndpoint(httpHost, httpPort, live, store);
        } catch (java.io.IOException e) {
            err.println("cannot serve /health on " + httpHost + ":" + httpPort + ": " + e.getMessage());
            err.flush();
            return HTTP_PORT_UNUSABLE;
        }
        TelegramBot bot;
        try {
            bot = TelegramBot.start(
                    new BotConfig(token, apiUrl, BotConfig.DEFAULT_READ_TIMEOUT, admins == null ? Set.of() : admins,
                            sendLimitsOff ? SendLimits.NONE : SendLimits.TELEGRAM, fetchLoopback,
                            siteUrl == null ? "" : siteUrl, webhook), live, store);
        } catch (TelegramBot.TokenRefused e) {
            err.println(e.getMessage() + " (a token from @BotFather looks like 123456789:AA...)");
            err.flush();
            return TOKEN_REFUSED;
        } catch (TelegramBot.WebhookRefused e) {
            err.println(e.getMessage());
            err.flush();
            return WEBHOOK_UNUSABLE;
        } catch (SQLException e) {
            return dataFolderProblem(err, e);
        } catch (java.io.IOException e) {
            err.println("webhook mode cannot listen on " + webhookListen + ": " + e.getMessage());
            err.flush();
            return HTTP_PORT_UNUSABLE;
        }
        if (health != null) {
            health.ready();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (health != null) {
                health.draining();
                if (webhook != null) {
                    pause(DRAIN_NOTICE_MILLIS);
                }
            }
            bot.close();
            watcher.close();
            if (health != null) {
                health.close();
            }
            try {
                store.close();
            } catch (java.sql.SQLException e) {
                spec.commandLine().getErr().println("closing the store: " + e);
            }
            stopped.countDown();
        }, "tarikh-shutdown"));
        stopped.await();
        return 0;
    }

    /** One line saying why the store cannot be used: the data folder not writable or its disk full, or PostgreSQL. */
    private int dataFolderProblem(PrintWriter err, SQLException e) {
        if (!data.embedded()) { // never the URL, which may carry credentials
            err.println("the store (PostgreSQL, TARIKH_DATABASE_URL) cannot be used: " + e.getMessage());
            err.flush();
            return DATA_UNUSABLE;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        boolean full = message.contains("full") || (e.getCause() != null
                && String.valueOf(e.getCause().getMessage()).toLowerCase(java.util.Locale.ROOT).contains("space"));
        err.println(full ? "the disk holding the data folder " + data.dir + " is full: free some space"
                : "the data folder " + data.dir + " cannot be written (TARIKH_DATA): " + e.getMessage());
        err.flush();
        return full ? DISK_FULL : DATA_UNUSABLE;
    }

    /** Webhook mode's settings, or null for long polling; what is wrong with them, in words without the secret. */
    private Webhook webhook() throws java.io.IOException {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            return null;
        }
        URI url;
        try {
            url = new URI(webhookUrl.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--webhook is not a URL: " + e.getMessage());
        }
        if (!"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("Telegram posts only to an https URL; --webhook is " + url);
        }
        int colon = webhookListen.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(webhookListen.substring(colon + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--webhook-listen is HOST:PORT, e.g. 0.0.0.0:8080, not " + webhookListen);
        }
        if (colon < 1) {
            throw new IllegalArgumentException("--webhook-listen is HOST:PORT, e.g. 0.0.0.0:8080, not " + webhookListen);
        }
        String secret = System.getenv("TARIKH_WEBHOOK_SECRET");
        String secretFile = System.getenv("TARIKH_WEBHOOK_SECRET_FILE");
        if ((secret == null || secret.isBlank()) && secretFile != null && !secretFile.isBlank()) {
            secret = Files.readString(Path.of(secretFile), StandardCharsets.UTF_8).strip();
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("set TARIKH_WEBHOOK_SECRET (or TARIKH_WEBHOOK_SECRET_FILE): 1 to 256 of "
                    + "A-Z, a-z, 0-9, _ and -, e.g. from `openssl rand -hex 32`");
        }
        return new Webhook(url, new java.net.InetSocketAddress(webhookListen.substring(0, colon), port), secret.strip(),
                webhookMaxConnections);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String token() throws java.io.IOException {
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        if ((token == null || token.isBlank()) && tokenFile != null) {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8);
        }
        return token == null || token.isBlank() ? null : token.strip();
    }
}
