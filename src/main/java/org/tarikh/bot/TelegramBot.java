package org.tarikh.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.answer.Messages;
import org.tarikh.document.PageFetcher;
import org.tarikh.store.Store;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The running bot: updates taken by long polling through TelegramBots, or posted by Telegram to a webhook, routed
 * to the handlers, replies sent through the {@link Sender}. On a shared (PostgreSQL) store, Telegram's sending limits
 * are kept there for all replicas. {@link #close()} stops taking updates, lets the replies in hand go out, gives the
 * chats back to the other replicas, and ends every thread the library and OkHttp leave running.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member", "inline_query");
    private static final long DRAIN_SECONDS = 3;

    /** Threads for downloading files and fetching pages, off the chats' lanes. */
    private static final int SLOW_WORKERS = 4;

    private final OkHttpClient http;
    private final ScheduledExecutorService polling;
    /** Long polling's, or null in webhook mode. */
    private final TelegramBotsLongPollingApplication application;
    /** Webhook mode's, or null when long polling. */
    private final WebhookServer webhook;
    private final UpdateRouter router;
    private final Outbox outbox;
    private final ExecutorService slow;
    private final PageFetcher pages;

    private TelegramBot(OkHttpClient http, ScheduledExecutorService polling,
            TelegramBotsLongPollingApplication application, WebhookServer webhook, UpdateRouter router, Outbox outbox,
            ExecutorService slow, PageFetcher pages) {
        this.http = http;
        this.polling = polling;
        this.application = application;
        this.webhook = webhook;
        this.router = router;
        this.outbox = outbox;
        this.slow = slow;
        this.pages = pages;
    }

    /** The Bot API refused the token (401): the bot cannot run until it is put right. */
    public static final class TokenRefused extends Exception {
        TokenRefused() {
            super("the Bot API refuses the token (401 Unauthorized): check TELEGRAM_BOT_TOKEN");
        }
    }

    /** The Bot API refused setWebhook (a 4xx, e.g. a URL it cannot reach): webhook mode cannot start. */
    public static final class WebhookRefused extends Exception {
        WebhookRefused(String description) {
            super("the Bot API refused setWebhook: " + description);
        }
    }

    /**
     * Registers the commands and starts polling, or serving the webhook; every reply uses the answerer
     * {@code answerer} has then. Waits, trying again, while the Bot API cannot be reached; first sends the replies
     * still owed and handles the updates taken before the last stop.
     */
    public static TelegramBot start(BotConfig config, LiveAnswerer answerer, Store store)
            throws TelegramApiException, TokenRefused, WebhookRefused, InterruptedException, SQLException,
            java.io.IOException {
        PollingWatch watch = new PollingWatch();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(config.readTimeout())
                .writeTimeout(30, TimeUnit.SECONDS).addInterceptor(watch).build();
        TelegramUrl telegram = telegramUrl(config.apiUrl());
        Outbox outbox = store.shared() ? new Outbox(SendLimits.NONE, sharedLimits(store, config.limits()))
                : new Outbox(config.limits());
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, config.token(), telegram);
        Sender sender = new Sender(client, config.token(), outbox, store);

        User me = whoAmI(client);
        Replies replies = new Replies(answerer, store, me.getUserName(), config.siteUrl());
        ExecutorService slow = Executors.newFixedThreadPool(SLOW_WORKERS, r -> new Thread(r, "tarikh-fetch"));
        PageFetcher pages = new PageFetcher(config.fetchLoopback());
        TelegramFiles files = new TelegramFiles(sender, http, config.apiUrl(), config.token());
        UserLanguages languages = new UserLanguages(store);
        SettingsCommand settings = new SettingsCommand(store, new ChatAdmins(sender, store));
        CommandRegistry commands = new CommandRegistry(List.of(new StartCommand(replies), new HelpCommand(),
                new TopicsCommand(replies), new AboutCommand(replies), new LanguageCommand(), settings,
                new AdminOnly(config.admins(), new ReloadCommand(answerer)),
                new AdminOnly(config.admins(), new StatsCommand(replies, store))));
        Floods floods = new Floods();
        UpdateRouter router = new UpdateRouter(
                new MessageHandler(replies, commands, languages, sender, store, files, pages, slow, floods, me),
                new CallbackHandler(replies, languages, store, settings, sender, floods),
                new MembershipHandler(languages, sender, store), new InlineHandler(answerer, languages, sender, store),
                store, sender);
        router.start();
        TelegramUrl url = telegramUrl(config.apiUrl());
        if (config.webhook() != null) {
            WebhookServer server = new WebhookServer(config.webhook(), router);
            TelegramBot bot = new TelegramBot(http, null, null, server, router, outbox, slow, pages);
            try {
                setWebhook(client, config.webhook());
            } catch (WebhookRefused | InterruptedException e) {
                bot.close();
                throw e;
            }
            registerCommands(sender, commands);
            log.info("Tarikh (replica {}) takes updates on its webhook with {} claims (knowledge {})", router.replica(),
                    replies.knowledge().claims().size(), replies.knowledge().version());
            return bot;
        }
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "tarikh-polling");
            thread.setDaemon(true);
            return thread;
        });
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> http, () -> polling, PollingBackOff::new);
        // registerBot first calls deleteWebhook: back to long polling after webhook mode.
        application.registerBot(config.token(), () -> telegram, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), router);
        registerCommands(sender, commands); // while the first getUpdates is under way
        log.info("Tarikh is polling {} with {} claims (knowledge {})", telegram.getHost(),
                replies.knowledge().claims().size(), replies.knowledge().version());
        return new TelegramBot(http, polling, application, null, router, outbox, slow, pages);
    }

    /** Telegram's limits kept in the shared store, for the bot as a whole whichever replica sends. */
    private static Outbox.SharedLimits sharedLimits(Store store, SendLimits limits) {
        return new Outbox.SharedLimits() {
            @Override
            public Store.Reservation reserve(long chatId) throws SQLException {
                return store.reserveSend(chatId, limits.perSecond(), limits.chatInterval().toMillis(), limits.perGroup(),
                        limits.groupWindow().toMillis(), Outbox.MARGIN_MILLIS);
            }

            @Override
            public void answered(Store.Reservation reservation) throws SQLException {
                store.sendAnswered(reservation.id());
            }
        };
    }

    /**
     * Who the bot is (getMe), asked until the Bot API answers: a refused token ends it, anything else (the network,
     * the Bot API down) is told in one line and tried again after a growing pause.
     */
    /** Tells Telegram where to post, with the secret; tries again while the Bot API cannot be reached or fails. */
    private static void setWebhook(OkHttpTelegramClient client, Webhook webhook)
            throws WebhookRefused, InterruptedException {
        PollingBackOff pauses = new PollingBackOff();
        while (true) {
            try {
                client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret())
                        .allowedUpdates(ALLOWED_UPDATES).maxConnections(webhook.maxConnections()).build());
                return;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && code >= 400 && code < 500 && code != 429) {
                    throw new WebhookRefused(code + " " + e.getApiResponse());
                }
                log.warn("the Bot API answered setWebhook with {}; trying again", code);
            } catch (TelegramApiException e) {
                log.warn("the Bot API cannot be reached for setWebhook; trying again");
            }
            Thread.sleep(pauses.nextBackOffMillis());
        }
    }

    private static User whoAmI(OkHttpTelegramClient client) throws TokenRefused, InterruptedException {
        PollingBackOff pauses = new PollingBackOff();
        for (int attempt = 1; ; attempt++) {
            try {
                return client.execute(new GetMe());
            } catch (TelegramApiRequestException e) {
                if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                    throw new TokenRefused();
                }
                log.warn("the Bot API answered getMe with {}; trying again", e.getErrorCode());
            } catch (TelegramApiException e) {
                Throwable cause = e;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                log.warn("the Bot API cannot be reached ({}); trying again", cause.getClass().getSimpleName());
            }
            Thread.sleep(pauses.nextBackOffMillis());
        }
    }

    @Override
    public void close() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("stopping long polling: {}", e.toString());
            }
        }
        if (webhook != null) {
            webhook.close(); // Telegram, or the proxy, posts to another replica from now on
        }
        try {
            // The updates in hand are handled, then the outbox sends what Telegram's limits allow in a few
            // seconds; what it cannot stays owed in the store and goes first at the next start, or from another replica.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
            slow.shutdown();
            router.drain(DRAIN_SECONDS, TimeUnit.SECONDS);
            slow.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!outbox.drain(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                log.info("{} replies are kept owed for the next start", outbox.pending());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slow.shutdownNow();
        pages.close();
        outbox.close();
        router.releaseLeases();
        // TelegramBots leaves these running after close(); without this the JVM never exits.
        if (polling != null) {
            polling.shutdownNow();
        }
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        log.info("Tarikh stopped");
    }

    private static void registerCommands(Sender sender, CommandRegistry commands) {
        for (String language : List.of("en", "ru", "kk", "uz")) {
            List<BotCommand> menu = new java.util.ArrayList<>(commands.menu().stream()
                    .map(c -> new BotCommand(c.name(), c.description(language))).toList());
            // /check is routed by the message handler, as it also takes the message it replies to.
            menu.add(1, new BotCommand("check", Messages.get(language, "command.check")));
            SetMyCommands.SetMyCommandsBuilder<?, ?> request = SetMyCommands.builder().commands(menu);
            // English is the default menu; Russian, Kazakh and Uzbek speakers get theirs.
            sender.execute(language.equals("en") ? request.build() : request.languageCode(language).build());
        }
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }
}
