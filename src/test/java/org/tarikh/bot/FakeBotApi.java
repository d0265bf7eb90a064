package org.tarikh.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests: it hands out queued updates to getUpdates, records every call
 * that succeeded (method names matched case-insensitively, as TelegramBots sends them in mixed case), and
 * fails on request:
 * an HTTP status with a Bot API error body, a delay, or no server at all (connection refused).
 */
final class FakeBotApi implements AutoCloseable {
    static final String TOKEN = "123456:TEST-token-never-printed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LONG_POLL_MILLIS = 300;

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One call the bot made: the method (lower case), its parameters, and when it was answered (nanoTime). */
    record Call(String method, JsonNode params, long at) {
        String text() {
            return params.path("text").asText();
        }

        long chatId() {
            return params.path("chat_id").asLong();
        }

        /** The message a sendMessage replies to, or 0. */
        int replyTo() {
            return params.path("reply_parameters").path("message_id").asInt();
        }
    }

    /** A planned failure: the next {@code count} calls of {@code method} get this status and body, or wait. */
    private record Failure(String method, int status, String body, long delayMillis) {
    }

    /** Telegram's sending limits, enforced with a 429 when set; timing jitter of this much is forgiven. */
    private SendLimits enforced;
    private static final long JITTER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20);
    private final java.util.ArrayDeque<Long> recentSends = new java.util.ArrayDeque<>();
    private final Map<Long, Long> lastSendToChat = new java.util.HashMap<>();
    private final Map<Long, java.util.ArrayDeque<Long>> groupSends = new java.util.HashMap<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();

    private final int port;
    private HttpServer server;
    private ExecutorService executor;
    private final Queue<List<JsonNode>> batches = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private final Queue<Failure> failures = new ArrayDeque<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    /** Methods failing until a time: the deadline (nanoTime) and the status. */
    private final Map<String, long[]> outages = new ConcurrentHashMap<>();
    /** Files users sent, by file_id, served by getFile and the file URL. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    FakeBotApi() throws IOException {
        this(0);
    }

    private FakeBotApi(int port) throws IOException {
        start(port);
        this.port = server.getAddress().getPort();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A file a user sent, which getFile describes and /file/bot&lt;token&gt;/documents/&lt;id&gt; serves. */
    void file(String fileId, byte[] content) {
        files.put(fileId, content);
    }

    /** Queues updates, delivered together by the next getUpdates. */
    synchronized void deliver(JsonNode... updates) {
        batches.add(List.of(updates));
        notifyAll();
    }

    /** The next {@code count} calls of {@code method} answer {@code status} with a Bot API error. */
    synchronized void fail(String method, int count, int status, String description, Integer retryAfter) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", status).put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        for (int i = 0; i < count; i++) {
            failures.add(new Failure(method.toLowerCase(Locale.ROOT), status, body.toString(), 0));
        }
    }

    /** Every call of {@code method} answers {@code status} with a Bot API error for the next {@code duration}. */
    void failFor(String method, Duration duration, int status) {
        outages.put(method.toLowerCase(Locale.ROOT), new long[] {System.nanoTime() + duration.toNanos(), status});
    }

    /** The next call of {@code method} is answered only after {@code delay}. */
    synchronized void delay(String method, Duration delay) {
        failures.add(new Failure(method.toLowerCase(Locale.ROOT), 0, null, delay.toMillis()));
    }

    /** From now on sendMessage and editMessageText beyond these limits get 429 Too Many Requests. */
    synchronized void enforce(SendLimits limits) {
        enforced = limits;
    }

    int tooManyRequests() {
        return tooManyRequests.get();
    }

    /** Whether a message to {@code chatId} now breaks the enforced limits; records it when it does not. */
    private synchronized boolean breaksLimits(long chatId) {
        if (enforced == null) {
            return false;
        }
        long now = System.nanoTime();
        while (!recentSends.isEmpty() && recentSends.peekFirst() <= now - 1_000_000_000L + JITTER_NANOS) {
            recentSends.pollFirst();
        }
        Long last = lastSendToChat.get(chatId);
        java.util.ArrayDeque<Long> group = groupSends.computeIfAbsent(chatId, id -> new java.util.ArrayDeque<>());
        while (!group.isEmpty() && group.peekFirst() <= now - enforced.groupWindow().toNanos() + JITTER_NANOS) {
            group.pollFirst();
        }
        if (recentSends.size() >= enforced.perSecond()
                || (last != null && now - last < enforced.chatInterval().toNanos() - JITTER_NANOS)
                || (chatId < 0 && group.size() >= enforced.perGroup())) {
            tooManyRequests.incrementAndGet();
            return true;
        }
        recentSends.addLast(now);
        lastSendToChat.put(chatId, now);
        if (chatId < 0) {
            group.addLast(now);
        }
        return false;
    }

    /** Closes the port: calls are refused until {@link #restart()}. */
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    void restart() throws IOException {
        start(port);
    }

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
    }

    int count(String method) {
        return counts.getOrDefault(method.toLowerCase(Locale.ROOT), new AtomicInteger()).get();
    }

    /** Waits until {@code count} calls of {@code method} match, and returns them. */
    List<Call> await(String method, int count, Predicate<Call> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = method.toLowerCase(Locale.ROOT);
        List<Call> found = new ArrayList<>();
        int checked = 0;
        synchronized (this) {
            while (true) {
                for (; checked < calls.size(); checked++) { // only the calls made since the last look
                    Call call = calls.get(checked);
                    if (call.method().equals(name) && matching.test(call)) {
                        found.add(call);
                    }
                }
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " " + method + " call(s), got " + found.size()
                            + "; all calls: " + calls);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    List<Call> await(String method, int count) throws InterruptedException {
        return await(method, count, c -> true, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        stop();
    }

    private void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/file/bot" + TOKEN + "/documents/")) {
                byte[] content = files.get(path.substring(path.lastIndexOf('/') + 1));
                exchange.sendResponseHeaders(content == null ? 404 : 200, content == null ? -1 : content.length);
                if (content != null) {
                    exchange.getResponseBody().write(content);
                }
                counts.computeIfAbsent("download", m -> new AtomicInteger()).incrementAndGet();
                return;
            }
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (!path.startsWith("/bot" + TOKEN + "/")) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            JsonNode params = params(exchange);
            if ((method.equals("sendmessage") || method.equals("editmessagetext")) && breaksLimits(params.path("chat_id").asLong())) {
                respond(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                        + "\"parameters\":{\"retry_after\":1}}");
                return;
            }
            long[] outage = outages.get(method);
            if (outage != null && System.nanoTime() < outage[0]) {
                counts.computeIfAbsent(method + ":failed", m -> new AtomicInteger()).incrementAndGet();
                respond(exchange, (int) outage[1], "{\"ok\":false,\"error_code\":" + outage[1]
                        + ",\"description\":\"Bad Gateway\"}");
                return;
            }
            Failure failure = takeFailure(method);
            if (failure != null && failure.delayMillis() > 0) {
                Thread.sleep(failure.delayMillis());
            } else if (failure != null) {
                counts.computeIfAbsent(method + ":failed", m -> new AtomicInteger()).incrementAndGet();
                respond(exchange, failure.status(), failure.body());
                return;
            }
            String result = switch (method) {
                case "getupdates" -> updates().toString();
                case "getme" -> "{\"id\":42,\"is_bot\":true,\"first_name\":\"Tarikh\",\"username\":\"tarikh_test_bot\"}";
                case "sendmessage", "editmessagetext" -> message(params).toString();
                case "getchatmember" -> chatMember(params).toString();
                case "getfile" -> file(params).toString();
                default -> "true";
            };
            record(method, params);
            respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Failure takeFailure(String method) {
        Failure next = failures.stream().filter(f -> f.method().equals(method)).findFirst().orElse(null);
        if (next != null) {
            failures.remove(next);
        }
        return next;
    }

    private synchronized void record(String method, JsonNode params) {
        counts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        if (!method.equals("getupdates")) {
            calls.add(new Call(method, params, System.nanoTime()));
            notifyAll();
        }
    }

    /** Long polling: waits a little for a batch, as Telegram holds the request open. */
    private synchronized ArrayNode updates() throws InterruptedException {
        long deadline = System.currentTimeMillis() + LONG_POLL_MILLIS;
        while (batches.isEmpty() && System.currentTimeMillis() < deadline) {
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        ArrayNode result = JSON.createArrayNode();
        List<JsonNode> batch = batches.poll();
        if (batch != null) {
            batch.forEach(result::add);
        }
        return result;
    }

    /** Users who administer every chat, for getChatMember. */
    private final java.util.Set<Long> chatAdmins = ConcurrentHashMap.newKeySet();

    void chatAdmins(Long... userIds) {
        chatAdmins.addAll(List.of(userIds));
    }

    private ObjectNode chatMember(JsonNode params) {
        long userId = params.path("user_id").asLong();
        ObjectNode member = JSON.createObjectNode();
        member.put("status", chatAdmins.contains(userId) ? "administrator" : "member");
        member.putObject("user").put("id", userId).put("is_bot", false).put("first_name", "Someone");
        if (chatAdmins.contains(userId)) {
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true);
        }
        return member;
    }

    private ObjectNode file(JsonNode params) {
        String id = params.path("file_id").asText();
        ObjectNode file = JSON.createObjectNode().put("file_id", id).put("file_unique_id", "u-" + id);
        if (files.containsKey(id)) {
            file.put("file_size", files.get(id).length).put("file_path", "documents/" + id);
        }
        return file;
    }

    private ObjectNode message(JsonNode params) {
        ObjectNode message = JSON.createObjectNode();
        int id = params.has("message_id") ? params.get("message_id").asInt() : messageIds.incrementAndGet();
        message.put("message_id", id).put("date", 1_700_000_000).put("text", params.path("text").asText());
        message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
        message.putObject("from").put("id", 42).put("is_bot", true).put("first_name", "Tarikh");
        return message;
    }

    private static JsonNode params(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (type.contains("json") && !body.isBlank()) {
            return JSON.readTree(body);
        }
        ObjectNode params = JSON.createObjectNode();
        if (type.startsWith("multipart/form-data")) { // setWebhook: its fields, each a part
            String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
            for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
                int name = part.indexOf("name=\"");
                int value = part.indexOf("\r\n\r\n");
                if (name >= 0 && value > name) {
                    params.put(part.substring(name + 6, part.indexOf('"', name + 6)),
                            part.substring(value + 4).replaceFirst("\r\n$", ""));
                }
            }
            return params;
        }
        String query = body.isBlank() ? exchange.getRequestURI().getRawQuery() : body;
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
