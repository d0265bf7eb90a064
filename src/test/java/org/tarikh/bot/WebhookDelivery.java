package org.tarikh.bot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Telegram's side of webhook mode, for tests: posts updates with the secret header to the replicas in turn, as a
 * load balancer would spread them. A chat's updates go one after the other, the next once the last was answered
 * 2xx; chats go in parallel, over at most {@code connections} connections (setWebhook's max_connections). An update
 * refused (connection refused, timeout, non-2xx) goes to the next replica after a short pause, until one takes it.
 */
final class WebhookDelivery implements AutoCloseable {
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(100);

    private final List<URI> replicas;
    private final String secret;
    private final ExecutorService connections;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    /** {@code replicas}: each replica's webhook URL (its listening address and the webhook's path). */
    WebhookDelivery(List<URI> replicas, String secret, int connections) {
        this.replicas = List.copyOf(replicas);
        this.secret = secret;
        this.connections = Executors.newFixedThreadPool(connections);
    }

    /**
     * Delivers the updates as people send them, {@code perSecond} in all (the n-th not before n / perSecond s), each
     * chat's in order, the next once the last was taken; done when every one was taken.
     */
    CompletableFuture<Void> deliver(List<? extends JsonNode> updates, int perSecond) {
        Map<Long, CompletableFuture<Void>> lastOfChat = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            JsonNode update = updates.get(i);
            CompletableFuture<Void> due = new CompletableFuture<>();
            clock.schedule(() -> due.complete(null), i * 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
            lastOfChat.compute(update.path("message").path("chat").path("id").asLong(), (chat, last) ->
                    (last == null ? due : last.thenCombine(due, (a, b) -> a)).thenRunAsync(() -> post(update), connections));
        }
        return CompletableFuture.allOf(lastOfChat.values().toArray(CompletableFuture[]::new));
    }

    /** Posts one update until a replica answers 2xx, with a single status: the one that took it. */
    int post(JsonNode update) {
        while (true) {
            URI replica = replicas.get(Math.floorMod(turn.getAndIncrement(), replicas.size()));
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(replica)
                        .header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", secret)
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return response.statusCode();
                }
            } catch (java.io.IOException e) {
                // refused or timed out: as Telegram does, try again (the balancer picks another replica)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while delivering an update", e);
            }
            failures.incrementAndGet();
            try {
                Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while delivering an update", e);
            }
        }
    }

    /** Posts that a replica did not take, and were made again. */
    int failures() {
        return failures.get();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        connections.shutdownNow();
    }
}
