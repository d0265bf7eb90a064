package org.tarikh.bot;

/** A slash command of the bot. */
interface ChatCommand {

    /** Where and by whom the command was sent, the text after it (possibly empty), and the language to answer in. */
    record Request(long chatId, long userId, String args, String language) {
    }

    /** The command without its slash, e.g. {@code start}. */
    String name();

    /** The line shown in Telegram's command menu. */
    String description(String language);

    /** Whether the command is listed in Telegram's menu; maintainers' commands are not. */
    default boolean inMenu() {
        return true;
    }

    Reply reply(Request request);
}
