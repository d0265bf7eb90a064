package org.tarikh.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches the web pages people send, safely: 5 s to connect and 10 s in all, at most 2 MB, at most 3 redirects,
 * only text/html and text/plain. A page on a loopback, private, link-local (cloud metadata), multicast or
 * unspecified address is never fetched: every address of the host is checked, at every redirect, by the same
 * resolver the connection uses, so a name cannot resolve to one address for the check and another for the fetch.
 * Pages are kept for an hour. Loopback is allowed only when asked ({@code TARIKH_FETCH_ALLOW_LOOPBACK}, for tests).
 */
public final class PageFetcher {
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
    static final Duration CACHED = Duration.ofHours(1);
    private static final int CACHE_SIZE = 200;
    private static final List<String> TYPES = List.of("text/html", "text/plain");

    /** Why a page could not be read, each with words for the user. */
    public enum Failure { TIMEOUT, TOO_LARGE, NOT_A_PAGE, REFUSED_ADDRESS, UNREACHABLE }

    /** A fetched page's text and title, or why there is none. */
    public record Page(String url, Documents.Text text, Failure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final OkHttpClient http;
    private final boolean allowLoopback;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record Cached(Page page, Instant at) {
    }

    public PageFetcher(boolean allowLoopback) {
        this(allowLoopback, Duration.ofSeconds(5), Duration.ofSeconds(10), Clock.systemUTC());
    }

    PageFetcher(boolean allowLoopback, Duration connect, Duration total, Clock clock) {
        this.allowLoopback = allowLoopback;
        this.clock = clock;
        this.http = new OkHttpClient.Builder().dns(this::lookup).followRedirects(false).followSslRedirects(false)
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(total.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** The page at {@code url} (http or https), from the cache when fetched in the last hour. */
    public Page fetch(String url) {
        synchronized (cache) {
            Cached cached = cache.get(url);
            if (cached != null && cached.at().plus(CACHED).isAfter(clock.instant())) {
                return cached.page();
            }
        }
        Page page = fetchNow(url);
        if (page.ok() || page.failure() != Failure.UNREACHABLE) {
            synchronized (cache) {
                cache.put(url, new Cached(page, clock.instant()));
            }
        }
        return page;
    }

    private Page fetchNow(String url) {
        HttpUrl next = HttpUrl.parse(url);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(http.callTimeoutMillis());
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS && next != null; hop++) {
                if (!allowed(next.host())) {
                    return new Page(url, null, Failure.REFUSED_ADDRESS);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return new Page(url, null, Failure.TIMEOUT);
                }
                OkHttpClient client = http.newBuilder().callTimeout(left, TimeUnit.NANOSECONDS).build();
                Request request = new Request.Builder().url(next).header("User-Agent", "Tarikh fact-checking bot")
                        .header("Accept", "text/html, text/plain").build();
                try (Response response = client.newCall(request).execute()) {
                    if (response.isRedirect()) {
                        String location = response.header("Location");
                        next = location == null ? null : next.resolve(location);
                        continue;
                    }
                    if (!response.isSuccessful()) {
                        return new Page(url, null, Failure.UNREACHABLE);
                    }
                    return read(url, response.body());
                }
            }
            return new Page(url, null, Failure.UNREACHABLE); // too many redirects, or a redirect to nowhere
        } catch (RefusedAddress e) {
            return new Page(url, null, Failure.REFUSED_ADDRESS);
        } catch (InterruptedIOException e) {
            return new Page(url, null, Failure.TIMEOUT);
        } catch (IOException e) {
            return new Page(url, null, Failure.UNREACHABLE);
        }
    }

    private static Page read(String url, ResponseBody body) throws IOException {
        MediaType type = body.contentType();
        String mime = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(mime)) {
            return new Page(url, null, Failure.NOT_A_PAGE);
        }
        if (body.contentLength() > MAX_BYTES) {
            return new Page(url, null, Failure.TOO_LARGE);
        }
        byte[] bytes;
        try (InputStream in = body.byteStream()) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            return new Page(url, null, Failure.TOO_LARGE);
        }
        Charset charset = type.charset(StandardCharsets.UTF_8);
        String content = new String(bytes, charset);
        Documents.Text text = mime.equals("text/html") ? Documents.fromHtml(content) : new Documents.Text("", content);
        return new Page(url, text, null);
    }

    /** Whether a host may be fetched: a literal address is checked here, a name when it is resolved. */
    private boolean allowed(String host) throws IOException {
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        // A name is checked by lookup(), the resolver the connection itself uses.
        return !literal || allowed(InetAddress.getByName(host));
    }

    private List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> addresses = Dns.SYSTEM.lookup(host);
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new RefusedAddress(host);
            }
        }
        return addresses;
    }

    /** Public unicast addresses only (and loopback when allowed). */
    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean sharedOrReserved = (first == 100 && second >= 64 && second < 128) || first == 0 || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19));
            return !sharedOrReserved;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return true;
    }

    /** A host that resolves to an address the bot never fetches from. */
    private static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String host) {
            super("refused address for " + host);
        }
    }

    /** Stops the client's threads. */
    public void close() {
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
