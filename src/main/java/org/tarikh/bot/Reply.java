package org.tarikh.bot;

import java.util.List;

/** A message the bot sends: Telegram HTML text and rows of inline buttons. */
public record Reply(String html, List<List<Button>> buttons) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public static Reply text(String html) {
        return new Reply(html, List.of());
    }
}
