package org.tarikh.bot;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * What the running bot needs from its environment. {@code readTimeout} bounds every Bot API call and must
 * exceed the 50 s Telegram holds a getUpdates open; {@code admins} are the user ids allowed /reload and /stats;
 * {@code limits} bound how fast messages go out.
 * {@link #toString()} never shows the token.
 */
public record BotConfig(String token, URI apiUrl, Duration readTimeout, Set<Long> admins, SendLimits limits) {

    public BotConfig {
        admins = Set.copyOf(admins);
    }

    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(75);

    @Override
    public String toString() {
        return "BotConfig[token=***, apiUrl=" + apiUrl + ", readTimeout=" + readTimeout + ", admins=" + admins + ", limits=" + limits + "]";
    }
}
