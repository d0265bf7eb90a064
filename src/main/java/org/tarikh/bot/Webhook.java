package org.tarikh.bot;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Webhook mode's settings: the public HTTPS {@code url} Telegram posts updates to (its path is served), the
 * address this process {@code listen}s on behind the proxy that ends TLS, the {@code secret} Telegram sends with
 * every update, and how many connections Telegram may open at once. {@link #toString()} never shows the secret.
 */
public record Webhook(URI url, InetSocketAddress listen, String secret, int maxConnections) {
    /** What Telegram allows in a secret_token: 1 to 256 of A-Z, a-z, 0-9, _ and -. */
    public static final String SECRET_PATTERN = "[A-Za-z0-9_-]{1,256}";

    public Webhook {
        if (secret == null || !secret.matches(SECRET_PATTERN)) {
            throw new IllegalArgumentException("the webhook secret must be 1 to 256 of A-Z, a-z, 0-9, _ and -");
        }
        if (maxConnections < 1 || maxConnections > 100) {
            throw new IllegalArgumentException("max_connections must be between 1 and 100");
        }
    }

    /** The path Telegram posts to: the URL's, or / when it has none. */
    public String path() {
        return url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    }

    @Override
    public String toString() {
        return "Webhook[url=" + url + ", listen=" + listen + ", secret=***, maxConnections=" + maxConnections + "]";
    }
}
