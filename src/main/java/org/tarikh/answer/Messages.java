package org.tarikh.answer;

import java.util.Map;
import org.tarikh.knowledge.Verdict;

/** The words of the interface, in English and Russian; any other language falls back to English. */
public final class Messages {
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("verdict.accurate", "Accurate"),
                    Map.entry("verdict.mostly-accurate", "Mostly accurate"),
                    Map.entry("verdict.mixed", "Mixed"),
                    Map.entry("verdict.misleading", "Misleading"),
                    Map.entry("verdict.false", "False"),
                    Map.entry("verdict.disputed", "Disputed among historians"),
                    Map.entry("verdict.unverifiable", "Unverifiable"),
                    Map.entry("verdict.opinion", "Opinion, not a checkable fact"),
                    Map.entry("miss", "I have no checked answer to that yet."),
                    Map.entry("miss.topics", "Nearest topics"),
                    Map.entry("miss.text", "I read %d sentences and found no claim I have checked."),
                    Map.entry("findings", "I found %d checked claims in this text:"),
                    Map.entry("findings.more", "…and %d more: the next page lists them."),
                    Map.entry("findings.compact", "Checked claims in this message:"),
                    Map.entry("findings.more.compact", "…and %d more: send me the text in a private chat."),
                    Map.entry("claim.checked", "Checked claim:"),
                    Map.entry("miss.empty", "Ask me about a claim on the history of Central Asia, in your own words."),
                    Map.entry("welcome", "Hello! I check claims about the history of Central Asia against sources. "
                            + "Ask in your own words, for example:"),
                    Map.entry("help", "Send me a claim or a question, in English or Russian, and I answer with a "
                            + "verdict, the facts and numbered sources, including the sources that counter the claim. "
                            + "When I have no checked answer, I say so.\n\nYou can also paste or forward a whole text "
                            + "(a post, an article), send a file (.txt, .md, .html, .pdf up to 2 MB) or a link: I list "
                            + "every checked claim it makes, with its own words, and a button for each full answer.\n\n"
                            + "In a group: /check with a claim, or /check as a reply to a message, a file or a link.\n\n"
                            + "/topics: what I know about\n/language: English or Russian\n/about: where my knowledge "
                            + "comes from"),
                    Map.entry("about", "I know %d checked claims (knowledge of %s). Each is a reviewed file with its "
                            + "sources, kept by maintainers like code; corrections and new claims are welcome as pull "
                            + "requests to the knowledge folder of the Tarikh project (see knowledge/README.md)."),
                    Map.entry("topics", "Topics I know about:"),
                    Map.entry("topic.claims", "%s: the claims I have checked"),
                    Map.entry("language.choose", "Choose the language of my answers:"),
                    Map.entry("language.set", "I will answer in English."),
                    Map.entry("button.sources", "Sources"),
                    Map.entry("button.related", "Related"),
                    Map.entry("button.other-language", "Русский"),
                    Map.entry("sources", "Sources for «%s»:"),
                    Map.entry("stance.supports", "supports the claim"),
                    Map.entry("stance.counters", "counters the claim"),
                    Map.entry("stance.context", "context"),
                    Map.entry("related", "Related claims:"),
                    Map.entry("related.none", "No related claims yet."),
                    Map.entry("feedback.thanks", "Thank you for the feedback!"),
                    Map.entry("stale", "This button is out of date; ask again."),
                    Map.entry("unknown-command", "I don't know that command. Send /help, or just ask a question."),
                    Map.entry("not-text", "I read texts, captions, files and links. Send me a claim or a question in "
                            + "words, a text, a file (.txt, .md, .html, .pdf up to 2 MB) or a link."),
                    Map.entry("file.unsupported", "I read .txt, .md, .html and .pdf files up to 2 MB; «%s» is not one of them."),
                    Map.entry("file.too-large", "«%s» is larger than 2 MB; I read .txt, .md, .html and .pdf files up to 2 MB."),
                    Map.entry("file.unreadable", "I could not read any text in «%s»."),
                    Map.entry("file.failed", "I could not get «%s» from Telegram; please send it again."),
                    Map.entry("link.TIMEOUT", "The page %s did not answer in time, so I could not check it."),
                    Map.entry("link.TOO_LARGE", "The page %s is larger than 2 MB, more than I read."),
                    Map.entry("link.NOT_A_PAGE", "%s is not a web page: I read HTML and plain text."),
                    Map.entry("link.REFUSED_ADDRESS", "I do not open %s: it points to a private or local address."),
                    Map.entry("link.UNREACHABLE", "I could not open %s."),
                    Map.entry("origin.file", "📄 %s"),
                    Map.entry("origin.page", "🔗 %s"),
                    Map.entry("button.more", "More"),
                    Map.entry("button.next", "Next page ▶"),
                    Map.entry("button.full-answer", "Full answer"),
                    Map.entry("admins-only", "This command is for the bot's maintainers."),
                    Map.entry("intro", "Hello! I fact-check claims about the history of Central Asia against sources. "
                            + "Here, send /check with a claim, reply /check to a message to check it, or mention me. "
                            + "Chat admins: /settings for my language and auto mode."),
                    Map.entry("check.usage", "Send /check with a claim, or reply /check to the message to check."),
                    Map.entry("flood", "You are asking faster than I can check. I will read your messages again in a minute."),
                    Map.entry("settings", "Settings of this chat. Language: %s. Auto mode (I answer, unasked, the claims "
                            + "I know to be false or misleading, once a day each): %s."),
                    Map.entry("settings.each-user", "each user's own"),
                    Map.entry("settings.on", "on"),
                    Map.entry("settings.off", "off"),
                    Map.entry("settings.private", "Use /settings in a group where I am a member."),
                    Map.entry("settings.admins-only", "Only this chat's admins can change my settings."),
                    Map.entry("button.auto-on", "Auto mode: turn on"),
                    Map.entry("button.auto-off", "Auto mode: turn off"),
                    Map.entry("button.each-user", "Each user's language"),
                    Map.entry("reload.done", "Reloaded: %d claims, knowledge of %s."),
                    Map.entry("reload.refused", "Reload refused: %d problem(s). Still serving the knowledge of %s.")),
            "ru", Map.ofEntries(
                    Map.entry("verdict.accurate", "Верно"),
                    Map.entry("verdict.mostly-accurate", "В основном верно"),
                    Map.entry("verdict.mixed", "Отчасти верно"),
                    Map.entry("verdict.misleading", "Вводит в заблуждение"),
                    Map.entry("verdict.false", "Неверно"),
                    Map.entry("verdict.disputed", "Историки расходятся"),
                    Map.entry("verdict.unverifiable", "Невозможно проверить"),
                    Map.entry("verdict.opinion", "Мнение, а не проверяемый факт"),
                    Map.entry("miss", "У меня пока нет проверенного ответа на этот вопрос."),
                    Map.entry("miss.topics", "Ближайшие темы"),
                    Map.entry("miss.text", "Я прочёл предложений: %d — и не нашёл ни одного утверждения, которое я проверял."),
                    Map.entry("findings", "В этом тексте я нашёл проверенные утверждения: %d."),
                    Map.entry("findings.more", "…и ещё %d: они на следующей странице."),
                    Map.entry("findings.compact", "Проверенные утверждения в этом сообщении:"),
                    Map.entry("findings.more.compact", "…и ещё %d: пришлите мне текст в личном чате."),
                    Map.entry("claim.checked", "Проверенное утверждение:"),
                    Map.entry("miss.empty", "Спросите меня об утверждении из истории Центральной Азии своими словами."),
                    Map.entry("welcome", "Здравствуйте! Я проверяю утверждения об истории Центральной Азии по "
                            + "источникам. Спрашивайте своими словами, например:"),
                    Map.entry("help", "Пришлите утверждение или вопрос по-русски или по-английски — я отвечу "
                            + "вердиктом, фактами и пронумерованными источниками, включая те, что опровергают "
                            + "утверждение. Если проверенного ответа нет, я так и скажу.\n\nМожно также вставить или "
                            + "переслать целый текст (пост, статью), прислать файл (.txt, .md, .html, .pdf до 2 МБ) или "
                            + "ссылку: я перечислю все проверенные утверждения в нём, с его собственными словами, и дам "
                            + "кнопку к полному ответу на каждое.\n\nВ группе: /check с утверждением или /check в ответ "
                            + "на сообщение, файл или ссылку.\n\n/topics — о чём я знаю\n/language — язык ответов\n"
                            + "/about — откуда мои знания"),
                    Map.entry("about", "Я знаю %d проверенных утверждений (версия знаний %s). Каждое — отдельный "
                            + "файл с источниками, который проверяют сопровождающие, как код; исправления и новые "
                            + "утверждения принимаются как pull request в папку knowledge проекта Tarikh "
                            + "(см. knowledge/README.md)."),
                    Map.entry("topics", "Темы, о которых я знаю:"),
                    Map.entry("topic.claims", "%s: проверенные утверждения"),
                    Map.entry("language.choose", "Выберите язык ответов:"),
                    Map.entry("language.set", "Буду отвечать по-русски."),
                    Map.entry("button.sources", "Источники"),
                    Map.entry("button.related", "Связанное"),
                    Map.entry("button.other-language", "English"),
                    Map.entry("sources", "Источники к «%s»:"),
                    Map.entry("stance.supports", "подтверждает утверждение"),
                    Map.entry("stance.counters", "опровергает утверждение"),
                    Map.entry("stance.context", "контекст"),
                    Map.entry("related", "Связанные утверждения:"),
                    Map.entry("related.none", "Связанных утверждений пока нет."),
                    Map.entry("feedback.thanks", "Спасибо за отзыв!"),
                    Map.entry("stale", "Эта кнопка устарела; спросите ещё раз."),
                    Map.entry("unknown-command", "Я не знаю такой команды. Отправьте /help или просто задайте вопрос."),
                    Map.entry("not-text", "Я читаю тексты, подписи, файлы и ссылки. Пришлите утверждение или вопрос "
                            + "словами, текст, файл (.txt, .md, .html, .pdf до 2 МБ) или ссылку."),
                    Map.entry("file.unsupported", "Я читаю файлы .txt, .md, .html и .pdf до 2 МБ; «%s» не из них."),
                    Map.entry("file.too-large", "«%s» больше 2 МБ; я читаю файлы .txt, .md, .html и .pdf до 2 МБ."),
                    Map.entry("file.unreadable", "Я не нашёл текста в «%s»."),
                    Map.entry("file.failed", "Не удалось получить «%s» от Telegram; пришлите его ещё раз."),
                    Map.entry("link.TIMEOUT", "Страница %s не ответила вовремя, и я не смог её проверить."),
                    Map.entry("link.TOO_LARGE", "Страница %s больше 2 МБ — это больше, чем я читаю."),
                    Map.entry("link.NOT_A_PAGE", "%s — не веб-страница: я читаю HTML и простой текст."),
                    Map.entry("link.REFUSED_ADDRESS", "Я не открываю %s: адрес ведёт в частную или локальную сеть."),
                    Map.entry("link.UNREACHABLE", "Не удалось открыть %s."),
                    Map.entry("origin.file", "📄 %s"),
                    Map.entry("origin.page", "🔗 %s"),
                    Map.entry("button.more", "Подробнее"),
                    Map.entry("button.next", "Следующая страница ▶"),
                    Map.entry("button.full-answer", "Полный ответ"),
                    Map.entry("admins-only", "Эта команда — для сопровождающих бота."),
                    Map.entry("intro", "Здравствуйте! Я проверяю утверждения об истории Центральной Азии по источникам. "
                            + "Здесь отправьте /check с утверждением, ответьте /check на сообщение, чтобы проверить его, "
                            + "или упомяните меня. Администраторам чата: /settings — язык и автоматический режим."),
                    Map.entry("check.usage", "Отправьте /check с утверждением или ответьте /check на сообщение, которое нужно проверить."),
                    Map.entry("flood", "Вы спрашиваете быстрее, чем я успеваю проверять. Я снова прочту ваши сообщения через минуту."),
                    Map.entry("settings", "Настройки этого чата. Язык: %s. Автоматический режим (я сам отвечаю на "
                            + "утверждения, которые знаю как неверные или вводящие в заблуждение, не чаще раза в день на каждое): %s."),
                    Map.entry("settings.each-user", "у каждого свой"),
                    Map.entry("settings.on", "включён"),
                    Map.entry("settings.off", "выключен"),
                    Map.entry("settings.private", "Используйте /settings в группе, где я состою."),
                    Map.entry("settings.admins-only", "Менять мои настройки могут только администраторы этого чата."),
                    Map.entry("button.auto-on", "Автоматический режим: включить"),
                    Map.entry("button.auto-off", "Автоматический режим: выключить"),
                    Map.entry("button.each-user", "Язык каждого пользователя"),
                    Map.entry("reload.done", "Знания перезагружены: %d утверждений, версия %s."),
                    Map.entry("reload.refused", "Перезагрузка отклонена: проблем — %d. Работает прежняя версия знаний %s.")));

    private static final Map<Verdict, String> SIGNS = Map.of(
            Verdict.ACCURATE, "✅",
            Verdict.MOSTLY_ACCURATE, "✅",
            Verdict.MIXED, "🌓",
            Verdict.MISLEADING, "⚠️",
            Verdict.FALSE, "❌",
            Verdict.DISPUTED, "⚖️",
            Verdict.UNVERIFIABLE, "❔",
            Verdict.OPINION, "💬");

    private Messages() {
    }

    /** The interface language for a question's language: itself if the interface speaks it, else English. */
    public static String uiLanguage(String language) {
        return TEXTS.containsKey(language) ? language : "en";
    }

    public static String get(String language, String key) {
        return TEXTS.get(uiLanguage(language)).get(key);
    }

    /** The other language the interface speaks: the one the "other language" button switches to. */
    public static String otherLanguage(String language) {
        return uiLanguage(language).equals("ru") ? "en" : "ru";
    }

    public static String verdict(String language, Verdict verdict) {
        return get(language, "verdict." + verdict.id());
    }

    public static String sign(Verdict verdict) {
        return SIGNS.get(verdict);
    }
}
