package org.tarikh.bot;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * What the running bot needs from its environment. {@code readTimeout} bounds every Bot API call and must
 * exceed the 50 s Telegram holds a getUpdates open; {@code admins} are the user ids allowed /reload and /stats;
 * {@code limits} bound how fast messages go out; {@code fetchLoopback} lets links to 127.0.0.1 be fetched (tests
 * only: {@code TARIKH_FETCH_ALLOW_LOOPBACK}); {@code siteUrl}, when not blank, is where the claims' pages are published
 * ({@code TARIKH_SITE_URL}), and each answer links to its claim's page; {@code webhook}, when not null, has
 * Telegram post the updates ({@code TARIKH_WEBHOOK_URL}) instead of long polling.
 * {@link #toString()} never shows the token.
 */
public record BotConfig(String token, URI apiUrl, Duration readTimeout, Set<Long> admins, SendLimits limits,
        boolean fetchLoopback, String siteUrl, Webhook webhook) {

    public BotConfig {
        admins = Set.copyOf(admins);
    }

    /** Long polling. */
    public BotConfig(String token, URI apiUrl, Duration readTimeout, Set<Long> admins, SendLimits limits,
            boolean fetchLoopback, String siteUrl) {
        this(token, apiUrl, readTimeout, admins, limits, fetchLoopback, siteUrl, null);
    }

    public BotConfig(String token, URI apiUrl, Duration readTimeout, Set<Long> admins, SendLimits limits) {
        this(token, apiUrl, readTimeout, admins, limits, false, "");
    }

    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(75);

    @Override
    public String toString() {
        return "BotConfig[token=***, apiUrl=" + apiUrl + ", readTimeout=" + readTimeout + ", admins=" + admins
                + ", limits=" + limits + ", fetchLoopback=" + fetchLoopback + ", siteUrl=" + siteUrl + ", webhook=" + webhook + "]";
    }
}
