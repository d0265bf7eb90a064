package org.tarikh.bot;

import java.sql.SQLException;
import java.util.List;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.store.Store;
import org.tarikh.store.Store.ChatSettings;

/**
 * {@code /settings} in a group, for its admins only: the bot's language there and auto mode, as buttons.
 * The buttons are handled by {@link #change}, which checks again that whoever taps is an admin.
 */
final class SettingsCommand implements ChatCommand {
    static final String LANGUAGE = "l";
    static final String AUTO = "a";
    /** The language setting that leaves each user their own language. */
    static final String EACH_USER = "-";

    private final Store store;
    private final ChatAdmins admins;

    SettingsCommand(Store store, ChatAdmins admins) {
        this.store = store;
        this.admins = admins;
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.settings");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        if (request.chatId() > 0) {
            return Reply.text(Html.escape(Messages.get(language, "settings.private")));
        }
        if (!admins.isAdmin(request.chatId(), request.userId())) {
            return Reply.text(Html.escape(Messages.get(language, "settings.admins-only")));
        }
        return render(settings(request.chatId()), language);
    }

    /** A tap on a settings button: the new settings, or null when the user may not change them. */
    Reply change(long chatId, long userId, String what, String value, String language) {
        if (!admins.isAdmin(chatId, userId)) {
            return null;
        }
        ChatSettings now = settings(chatId);
        ChatSettings changed = what.equals(AUTO)
                ? new ChatSettings(now.language(), value.equals("on"))
                : new ChatSettings(value.equals("en") || value.equals("ru") ? value : null, now.autoMode());
        try {
            store.saveChatSettings(chatId, changed);
        } catch (SQLException e) {
            throw new IllegalStateException("saving chat settings failed", e);
        }
        return render(changed, changed.language() == null ? language : changed.language());
    }

    private ChatSettings settings(long chatId) {
        try {
            return store.chatSettings(chatId);
        } catch (SQLException e) {
            throw new IllegalStateException("reading chat settings failed", e);
        }
    }

    private static Reply render(ChatSettings settings, String language) {
        String chatLanguage = settings.language() == null ? Messages.get(language, "settings.each-user")
                : settings.language().equals("ru") ? "Русский" : "English";
        String text = String.format(Messages.get(language, "settings"), chatLanguage,
                Messages.get(language, settings.autoMode() ? "settings.on" : "settings.off"));
        return new Reply(Html.escape(text), List.of(
                List.of(new Button("English", Callbacks.data(Callbacks.SETTINGS, LANGUAGE, "en")),
                        new Button("Русский", Callbacks.data(Callbacks.SETTINGS, LANGUAGE, "ru")),
                        new Button(Messages.get(language, "button.each-user"),
                                Callbacks.data(Callbacks.SETTINGS, LANGUAGE, EACH_USER))),
                List.of(settings.autoMode()
                        ? new Button(Messages.get(language, "button.auto-off"), Callbacks.data(Callbacks.SETTINGS, AUTO, "off"))
                        : new Button(Messages.get(language, "button.auto-on"), Callbacks.data(Callbacks.SETTINGS, AUTO, "on")))));
    }
}
