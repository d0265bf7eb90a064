package org.tarikh.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram (through the reverse proxy that ends TLS) POSTs each update to the webhook URL's path,
 * with the secret set by setWebhook in {@code X-Telegram-Bot-Api-Secret-Token}. The JDK's HTTP server serves it
 * (TelegramBots' webhook module has no release for 10.x). An update is answered 200 once it is kept in the store,
 * so whichever replica Telegram reaches, the update is handled; a store that cannot keep it answers 500, and
 * Telegram delivers it again. A request without the secret gets 401, and nothing is logged of it but the fact.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An update is a few kilobytes; a larger body is no update. */
    private static final int LARGEST_UPDATE = 1 << 20;

    private final HttpServer server;
    private final ExecutorService workers;

    /** Serves the webhook's path on its listening address; {@code connections} threads, as setWebhook's max_connections. */
    WebhookServer(Webhook webhook, UpdateRouter router) throws IOException {
        server = HttpServer.create(webhook.listen(), 128);
        workers = Executors.newFixedThreadPool(webhook.maxConnections(), r -> {
            Thread thread = new Thread(r, "tarikh-webhook");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        byte[] secret = webhook.secret().getBytes(StandardCharsets.UTF_8);
        server.createContext(webhook.path(), exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(webhook.path())) {
                    respond(exchange, 404);
                } else if (!exchange.getRequestMethod().equals("POST")) {
                    respond(exchange, 405);
                } else if (!MessageDigest.isEqual(secret, String.valueOf(exchange.getRequestHeaders()
                        .getFirst("X-Telegram-Bot-Api-Secret-Token")).getBytes(StandardCharsets.UTF_8))) {
                    log.warn("a webhook request without the right secret was refused");
                    respond(exchange, 401);
                } else {
                    Update update = read(exchange.getRequestBody());
                    respond(exchange, update == null ? 400 : router.take(update) ? 200 : 500);
                }
            } catch (RuntimeException e) {
                log.error("a webhook request failed: {}", e.toString());
            }
        });
        server.start();
    }

    private static Update read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(LARGEST_UPDATE + 1);
            return bytes.length > LARGEST_UPDATE ? null : JSON.readValue(bytes, Update.class);
        } catch (IOException e) {
            log.warn("a webhook request was not an update: {}", e.getClass().getSimpleName());
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /** Stops taking requests; those under way get up to a second to be answered. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }
}
