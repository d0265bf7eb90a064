package org.tarikh.bot;

/** A slash command of the bot's menu. */
interface ChatCommand {

    /** The command without its slash, e.g. {@code start}. */
    String name();

    /** The line shown in Telegram's command menu. */
    String description(String language);

    /** The reply to the command with the text after it ({@code args}, possibly empty). */
    Reply reply(String args, String language);
}
