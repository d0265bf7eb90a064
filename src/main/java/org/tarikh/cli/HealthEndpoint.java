package org.tarikh.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.store.Store;

/**
 * {@code TARIKH_HTTP_PORT}: {@code GET /health} answers 200 once the knowledge is served and the bot takes updates
 * ({@link #ready()}), and 503 before, and from the moment the process is told to stop ({@link #draining()}), so that
 * a load balancer sends its traffic to the other replicas; {@code GET /metrics}
 * gives the knowledge version, claim count and today's answered and missed questions, in Prometheus' text format.
 * It listens on {@code TARIKH_HTTP_HOST} (127.0.0.1 unless told otherwise). Requests are served by a few threads of
 * their own, never by the thread that accepts connections, and a request not read whole within two seconds is cut
 * off, so idle or half-sent connections cannot keep a load balancer's /health from an answer.
 */
final class HealthEndpoint implements AutoCloseable {
    private static final int WORKERS = 16;
    private static final int QUEUED = 64;

    static {
        // Read by the JDK's server when it is first used: the longest a request may take to arrive, in seconds.
        System.setProperty("sun.net.httpserver.maxReqTime", "2");
        System.setProperty("sun.net.httpserver.maxRspTime", "5");
    }

    private enum State { STARTING, READY, DRAINING }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private volatile State state = State.STARTING;

    HealthEndpoint(String host, int port, LiveAnswerer answerer, Store store) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                r -> {
                    Thread thread = new Thread(r, "tarikh-http");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
        server.setExecutor(workers);
        server.createContext("/health", exchange -> {
            State now = state;
            if (now != State.READY) {
                respond(exchange, 503, now == State.STARTING ? "starting\n" : "draining\n");
                return;
            }
            KnowledgeBase knowledge = answerer.get().knowledge();
            respond(exchange, 200, "ok: " + knowledge.claims().size() + " claims, knowledge " + knowledge.version() + "\n");
        });
        server.createContext("/metrics", exchange -> {
            KnowledgeBase knowledge = answerer.get().knowledge();
            Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
            try {
                respond(exchange, 200, "tarikh_claims " + knowledge.claims().size() + "\n"
                        + "tarikh_knowledge_info{version=\"" + knowledge.version() + "\"} 1\n"
                        + "tarikh_answered_today " + store.answeredSince(today) + "\n"
                        + "tarikh_unanswered_today " + store.unansweredSince(today) + "\n");
            } catch (java.sql.SQLException e) {
                respond(exchange, 500, "store unavailable\n");
            }
        });
        server.start();
    }

    /** The bot takes updates: /health answers 200. */
    void ready() {
        state = State.READY;
    }

    /** The process is stopping: /health answers 503 "draining" until it ends. */
    void draining() {
        state = State.DRAINING;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
