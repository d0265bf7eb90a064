package org.tarikh.answer;

import java.util.Map;
import org.tarikh.knowledge.Verdict;

/**
 * The words of the interface, in English, Russian, Kazakh and Uzbek; Kyrgyz and Tajik readers get Russian, any other
 * language English.
 */
public final class Messages {
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("command.start", "Start, with example questions"),
                    Map.entry("command.check", "Check a claim, a text, a file or a link (or reply /check to a message)"),
                    Map.entry("command.help", "How to use the bot: questions, texts, files, links"),
                    Map.entry("command.topics", "Topics and the claims checked"),
                    Map.entry("command.about", "About the knowledge and how to contribute"),
                    Map.entry("command.language", "Language of the answers"),
                    Map.entry("command.settings", "Group settings (for admins)"),
                    Map.entry("fallback.ru", "This claim is not written in your language yet; here it is in Russian."),
                    Map.entry("fallback.en", "This claim is not written in your language yet; here it is in English."),
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
                    Map.entry("button.read-more", "Read more"),
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
                    Map.entry("command.start", "Начать и увидеть примеры вопросов"),
                    Map.entry("command.check", "Проверить утверждение, текст, файл или ссылку (или ответьте /check на сообщение)"),
                    Map.entry("command.help", "Как пользоваться ботом: вопросы, тексты, файлы, ссылки"),
                    Map.entry("command.topics", "Темы и проверенные утверждения"),
                    Map.entry("command.about", "О знаниях бота и как помочь"),
                    Map.entry("command.language", "Язык ответов"),
                    Map.entry("command.settings", "Настройки группы (для администраторов)"),
                    Map.entry("fallback.ru", "Это утверждение ещё не написано на вашем языке; вот оно по-русски."),
                    Map.entry("fallback.en", "Это утверждение ещё не написано на вашем языке; вот оно по-английски."),
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
                    Map.entry("button.read-more", "Подробнее"),
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
                    Map.entry("reload.refused", "Перезагрузка отклонена: проблем — %d. Работает прежняя версия знаний %s.")),
            // Kazakh and Uzbek (Latin): written by an AI helper session, not yet read by a native speaker.
            "kk", Map.ofEntries(
                    Map.entry("verdict.accurate", "Дұрыс"),
                    Map.entry("verdict.mostly-accurate", "Негізінен дұрыс"),
                    Map.entry("verdict.mixed", "Ішінара дұрыс"),
                    Map.entry("verdict.misleading", "Адастырады"),
                    Map.entry("verdict.false", "Жалған"),
                    Map.entry("verdict.disputed", "Тарихшылар арасында даулы"),
                    Map.entry("verdict.unverifiable", "Тексеру мүмкін емес"),
                    Map.entry("verdict.opinion", "Пікір, тексерілетін дерек емес"),
                    Map.entry("miss", "Бұл сұраққа әзірге тексерілген жауабым жоқ."),
                    Map.entry("miss.topics", "Жақын тақырыптар"),
                    Map.entry("miss.text", "%d сөйлемді оқыдым, бірақ өзім тексерген бірде-бір тұжырым таппадым."),
                    Map.entry("findings", "Бұл мәтінде тексерілген %d тұжырым таптым:"),
                    Map.entry("findings.more", "…және тағы %d: олар келесі бетте."),
                    Map.entry("findings.compact", "Бұл хабарламадағы тексерілген тұжырымдар:"),
                    Map.entry("findings.more.compact", "…және тағы %d: мәтінді маған жеке чатта жіберіңіз."),
                    Map.entry("claim.checked", "Тексерілген тұжырым:"),
                    Map.entry("miss.empty", "Орталық Азия тарихына қатысты тұжырым туралы өз сөзіңізбен сұраңыз."),
                    Map.entry("welcome", "Сәлеметсіз бе! Мен Орталық Азия тарихы туралы тұжырымдарды дереккөздер бойынша тексеремін. Өз сөзіңізбен сұраңыз, мысалы:"),
                    Map.entry("help", "Маған тұжырым немесе сұрақ жіберіңіз (ағылшынша не орысша), мен қорытындымен, фактілермен және нөмірленген дереккөздермен жауап беремін, оның ішінде тұжырымды жоққа шығаратын дереккөздер де болады. Тексерілген жауабым болмаса, соны айтамын.\n\nСондай-ақ тұтас мәтінді (пост, мақала) қоюға немесе қайта жіберуге, файл (.txt, .md, .html, .pdf, 2 МБ-қа дейін) не сілтеме жіберуге болады: мен ондағы әрбір тексерілген тұжырымды мәтіннің өз сөздерімен атап шығып, әрқайсысының толық жауабына батырма беремін.\n\nТопта: тұжырыммен бірге /check немесе хабарламаға, файлға не сілтемеге жауап ретінде /check.\n\n/topics: мен білетін тақырыптар\n/language: жауап тілі\n/about: білімім қайдан алынған"),
                    Map.entry("about", "Мен тексерілген %d тұжырымды білемін (білім нұсқасы: %s). Әрқайсысы — дереккөздері көрсетілген, қаралып шыққан жеке файл, оны жоба жүргізушілері код сияқты жүргізеді. Түзетулер мен жаңа тұжырымдарды Tarikh жобасының knowledge қалтасына pull request ретінде жіберуге болады (knowledge/README.md қараңыз)."),
                    Map.entry("topics", "Мен білетін тақырыптар:"),
                    Map.entry("topic.claims", "%s: мен тексерген тұжырымдар"),
                    Map.entry("language.choose", "Жауап тілін таңдаңыз:"),
                    Map.entry("language.set", "Қазақша жауап беремін."),
                    Map.entry("button.sources", "Дереккөздер"),
                    Map.entry("button.read-more", "Толығырақ"),
                    Map.entry("button.related", "Қатысты"),
                    Map.entry("button.other-language", "Русский"),
                    Map.entry("sources", "«%s» дереккөздері:"),
                    Map.entry("stance.supports", "тұжырымды растайды"),
                    Map.entry("stance.counters", "тұжырымды жоққа шығарады"),
                    Map.entry("stance.context", "контекст"),
                    Map.entry("related", "Қатысты тұжырымдар:"),
                    Map.entry("related.none", "Әзірге қатысты тұжырымдар жоқ."),
                    Map.entry("feedback.thanks", "Пікіріңізге рахмет!"),
                    Map.entry("stale", "Бұл батырма ескірген; қайта сұраңыз."),
                    Map.entry("unknown-command", "Мен бұл команданы білмеймін. /help жіберіңіз немесе жай ғана сұрақ қойыңыз."),
                    Map.entry("not-text", "Мен мәтіндерді, сипаттамаларды, файлдарды және сілтемелерді оқимын. Маған тұжырымды не сұрақты сөзбен, мәтін, файл (.txt, .md, .html, .pdf, 2 МБ-қа дейін) немесе сілтеме жіберіңіз."),
                    Map.entry("file.unsupported", "Мен 2 МБ-қа дейінгі .txt, .md, .html және .pdf файлдарын оқимын; «%s» олардың қатарына жатпайды."),
                    Map.entry("file.too-large", "«%s» 2 МБ-тан үлкен; мен 2 МБ-қа дейінгі .txt, .md, .html және .pdf файлдарын оқимын."),
                    Map.entry("file.unreadable", "«%s» ішінен ешқандай мәтін оқи алмадым."),
                    Map.entry("file.failed", "«%s» файлын Telegram-нан ала алмадым; қайта жіберіңізші."),
                    Map.entry("link.TIMEOUT", "%s беті уақытында жауап бермеді, сондықтан оны тексере алмадым."),
                    Map.entry("link.TOO_LARGE", "%s беті 2 МБ-тан үлкен, бұл мен оқитын көлемнен асады."),
                    Map.entry("link.NOT_A_PAGE", "%s — веб-бет емес: мен HTML мен қарапайым мәтінді оқимын."),
                    Map.entry("link.REFUSED_ADDRESS", "%s сілтемесін ашпаймын: ол жеке немесе жергілікті мекенжайға апарады."),
                    Map.entry("link.UNREACHABLE", "%s сілтемесін аша алмадым."),
                    Map.entry("origin.file", "📄 %s"),
                    Map.entry("origin.page", "🔗 %s"),
                    Map.entry("button.more", "Жалғасы"),
                    Map.entry("button.next", "Келесі бет ▶"),
                    Map.entry("button.full-answer", "Толық жауап"),
                    Map.entry("admins-only", "Бұл команда бот жүргізушілеріне арналған."),
                    Map.entry("intro", "Сәлеметсіз бе! Мен Орталық Азия тарихы туралы тұжырымдарды дереккөздер бойынша тексеремін. Мұнда тұжырыммен бірге /check жіберіңіз, хабарламаны тексеру үшін оған /check деп жауап беріңіз немесе мені атап өтіңіз. Чат әкімшілеріне: /settings — тіл мен автоматты режим."),
                    Map.entry("check.usage", "Тұжырыммен бірге /check жіберіңіз немесе тексерілетін хабарламаға /check деп жауап беріңіз."),
                    Map.entry("flood", "Сіз мен тексеріп үлгергеннен жылдам сұрап жатырсыз. Хабарламаларыңызды бір минуттан кейін қайта оқимын."),
                    Map.entry("settings", "Осы чаттың баптаулары. Тіл: %s. Автоматты режим (жалған немесе адастыратыны маған белгілі тұжырымдарға сұратпай-ақ жауап беремін, әрқайсысына күніне бір реттен жиі емес): %s."),
                    Map.entry("settings.each-user", "әр қолданушының өз тілі"),
                    Map.entry("settings.on", "қосулы"),
                    Map.entry("settings.off", "өшірулі"),
                    Map.entry("settings.private", "/settings командасын мен мүше болған топта қолданыңыз."),
                    Map.entry("settings.admins-only", "Менің баптауларымды тек осы чаттың әкімшілері өзгерте алады."),
                    Map.entry("button.auto-on", "Автоматты режим: қосу"),
                    Map.entry("button.auto-off", "Автоматты режим: өшіру"),
                    Map.entry("button.each-user", "Әр қолданушының тілі"),
                    Map.entry("reload.done", "Қайта жүктелді: %d тұжырым, білім нұсқасы %s."),
                    Map.entry("reload.refused", "Қайта жүктеу қабылданбады: %d мәселе. Бұрынғы білім нұсқасы %s жұмыс істеп тұр."),
                    Map.entry("command.start", "Бастау және сұрақ мысалдарын көру"),
                    Map.entry("command.check", "Тұжырымды, мәтінді, файлды не сілтемені тексеру (немесе хабарламаға /check деп жауап беріңіз)"),
                    Map.entry("command.help", "Ботты қалай қолдану керек: сұрақтар, мәтіндер, файлдар, сілтемелер"),
                    Map.entry("command.topics", "Тақырыптар және тексерілген тұжырымдар"),
                    Map.entry("command.about", "Боттың білімі және қалай үлес қосуға болады"),
                    Map.entry("command.language", "Жауап тілі"),
                    Map.entry("command.settings", "Топ баптаулары (әкімшілерге)"),
                    Map.entry("fallback.ru", "Бұл тұжырым сіздің тіліңізде әлі жазылмаған; міне, орысша нұсқасы."),
                    Map.entry("fallback.en", "Бұл тұжырым сіздің тіліңізде әлі жазылмаған; міне, ағылшынша нұсқасы.")),
            "uz", Map.ofEntries(
                    Map.entry("verdict.accurate", "Toʻgʻri"),
                    Map.entry("verdict.mostly-accurate", "Asosan toʻgʻri"),
                    Map.entry("verdict.mixed", "Qisman toʻgʻri"),
                    Map.entry("verdict.misleading", "Chalgʻituvchi"),
                    Map.entry("verdict.false", "Yolgʻon"),
                    Map.entry("verdict.disputed", "Tarixchilar orasida bahsli"),
                    Map.entry("verdict.unverifiable", "Tekshirib boʻlmaydi"),
                    Map.entry("verdict.opinion", "Fikr, tekshiriladigan dalil emas"),
                    Map.entry("miss", "Bu savolga hozircha tekshirilgan javobim yoʻq."),
                    Map.entry("miss.topics", "Yaqin mavzular"),
                    Map.entry("miss.text", "%d ta gapni oʻqidim, lekin men tekshirgan birorta ham daʼvo topmadim."),
                    Map.entry("findings", "Bu matnda %d ta tekshirilgan daʼvo topdim:"),
                    Map.entry("findings.more", "…va yana %d ta: ular keyingi sahifada."),
                    Map.entry("findings.compact", "Bu xabardagi tekshirilgan daʼvolar:"),
                    Map.entry("findings.more.compact", "…va yana %d ta: matnni menga shaxsiy chatda yuboring."),
                    Map.entry("claim.checked", "Tekshirilgan daʼvo:"),
                    Map.entry("miss.empty", "Markaziy Osiyo tarixiga oid daʼvo haqida oʻz soʻzlaringiz bilan soʻrang."),
                    Map.entry("welcome", "Assalomu alaykum! Men Markaziy Osiyo tarixi haqidagi daʼvolarni manbalar asosida tekshiraman. Oʻz soʻzlaringiz bilan soʻrang, masalan:"),
                    Map.entry("help", "Menga daʼvo yoki savol yuboring (inglizcha yoki ruscha), men xulosa, faktlar va raqamlangan manbalar bilan javob beraman, jumladan daʼvoni rad etuvchi manbalar bilan ham. Tekshirilgan javobim boʻlmasa, shuni aytaman.\n\nShuningdek, butun matnni (post, maqola) joylashtirishingiz yoki uzatishingiz, fayl (.txt, .md, .html, .pdf, 2 MB gacha) yoki havola yuborishingiz mumkin: men undagi har bir tekshirilgan daʼvoni matnning oʻz soʻzlari bilan sanab beraman va har birining toʻliq javobiga tugma qoʻshaman.\n\nGuruhda: daʼvo bilan /check yoki xabar, fayl yoki havolaga javoban /check.\n\n/topics: men biladigan mavzular\n/language: javoblar tili\n/about: bilimlarim qayerdan olingan"),
                    Map.entry("about", "Men %d ta tekshirilgan daʼvoni bilaman (bilimlar versiyasi: %s). Har biri manbalari koʻrsatilgan, koʻrib chiqilgan alohida fayl boʻlib, loyiha masʼullari uni koddek yuritadi. Tuzatishlar va yangi daʼvolar Tarikh loyihasining knowledge papkasiga pull request sifatida qabul qilinadi (knowledge/README.md ga qarang)."),
                    Map.entry("topics", "Men biladigan mavzular:"),
                    Map.entry("topic.claims", "%s: men tekshirgan daʼvolar"),
                    Map.entry("language.choose", "Javoblar tilini tanlang:"),
                    Map.entry("language.set", "Oʻzbekcha javob beraman."),
                    Map.entry("button.sources", "Manbalar"),
                    Map.entry("button.read-more", "Batafsil"),
                    Map.entry("button.related", "Aloqador"),
                    Map.entry("button.other-language", "Русский"),
                    Map.entry("sources", "«%s» uchun manbalar:"),
                    Map.entry("stance.supports", "daʼvoni tasdiqlaydi"),
                    Map.entry("stance.counters", "daʼvoni rad etadi"),
                    Map.entry("stance.context", "kontekst"),
                    Map.entry("related", "Aloqador daʼvolar:"),
                    Map.entry("related.none", "Hozircha aloqador daʼvolar yoʻq."),
                    Map.entry("feedback.thanks", "Fikringiz uchun rahmat!"),
                    Map.entry("stale", "Bu tugma eskirgan; qaytadan soʻrang."),
                    Map.entry("unknown-command", "Bunday buyruqni bilmayman. /help yuboring yoki shunchaki savol bering."),
                    Map.entry("not-text", "Men matnlar, izohlar, fayllar va havolalarni oʻqiyman. Menga daʼvo yoki savolni soʻz bilan, matn, fayl (.txt, .md, .html, .pdf, 2 MB gacha) yoki havola yuboring."),
                    Map.entry("file.unsupported", "Men 2 MB gacha boʻlgan .txt, .md, .html va .pdf fayllarini oʻqiyman; «%s» ular qatoriga kirmaydi."),
                    Map.entry("file.too-large", "«%s» 2 MB dan katta; men 2 MB gacha boʻlgan .txt, .md, .html va .pdf fayllarini oʻqiyman."),
                    Map.entry("file.unreadable", "«%s» ichidan hech qanday matn oʻqiy olmadim."),
                    Map.entry("file.failed", "«%s» faylini Telegramdan ololmadim; iltimos, qaytadan yuboring."),
                    Map.entry("link.TIMEOUT", "%s sahifasi oʻz vaqtida javob bermadi, shuning uchun uni tekshira olmadim."),
                    Map.entry("link.TOO_LARGE", "%s sahifasi 2 MB dan katta — bu men oʻqiydiganidan koʻp."),
                    Map.entry("link.NOT_A_PAGE", "%s veb-sahifa emas: men HTML va oddiy matnni oʻqiyman."),
                    Map.entry("link.REFUSED_ADDRESS", "%s havolasini ochmayman: u shaxsiy yoki mahalliy manzilga olib boradi."),
                    Map.entry("link.UNREACHABLE", "%s havolasini ocha olmadim."),
                    Map.entry("origin.file", "📄 %s"),
                    Map.entry("origin.page", "🔗 %s"),
                    Map.entry("button.more", "Davomi"),
                    Map.entry("button.next", "Keyingi sahifa ▶"),
                    Map.entry("button.full-answer", "Toʻliq javob"),
                    Map.entry("admins-only", "Bu buyruq bot masʼullari uchun."),
                    Map.entry("intro", "Assalomu alaykum! Men Markaziy Osiyo tarixi haqidagi daʼvolarni manbalar asosida tekshiraman. Bu yerda daʼvo bilan /check yuboring, xabarni tekshirish uchun unga /check deb javob bering yoki meni eslatib oʻting. Chat administratorlari uchun: /settings — til va avtomatik rejim."),
                    Map.entry("check.usage", "Daʼvo bilan /check yuboring yoki tekshiriladigan xabarga /check deb javob bering."),
                    Map.entry("flood", "Siz men tekshirib ulgurganimdan tezroq soʻrayapsiz. Xabarlaringizni bir daqiqadan keyin yana oʻqiyman."),
                    Map.entry("settings", "Ushbu chat sozlamalari. Til: %s. Avtomatik rejim (yolgʻon yoki chalgʻituvchi ekanini biladigan daʼvolarimga soʻralmasa ham javob beraman, har biriga kuniga bir martadan koʻp emas): %s."),
                    Map.entry("settings.each-user", "har bir foydalanuvchining oʻz tili"),
                    Map.entry("settings.on", "yoqilgan"),
                    Map.entry("settings.off", "oʻchirilgan"),
                    Map.entry("settings.private", "/settings buyrugʻidan men aʼzo boʻlgan guruhda foydalaning."),
                    Map.entry("settings.admins-only", "Sozlamalarimni faqat ushbu chat administratorlari oʻzgartira oladi."),
                    Map.entry("button.auto-on", "Avtomatik rejim: yoqish"),
                    Map.entry("button.auto-off", "Avtomatik rejim: oʻchirish"),
                    Map.entry("button.each-user", "Har bir foydalanuvchi tili"),
                    Map.entry("reload.done", "Qayta yuklandi: %d ta daʼvo, bilimlar versiyasi %s."),
                    Map.entry("reload.refused", "Qayta yuklash rad etildi: %d ta muammo. Hamon avvalgi bilimlar versiyasi %s ishlamoqda."),
                    Map.entry("command.start", "Boshlash va savol namunalarini koʻrish"),
                    Map.entry("command.check", "Daʼvo, matn, fayl yoki havolani tekshirish (yoki xabarga /check deb javob bering)"),
                    Map.entry("command.help", "Botdan qanday foydalanish: savollar, matnlar, fayllar, havolalar"),
                    Map.entry("command.topics", "Mavzular va tekshirilgan daʼvolar"),
                    Map.entry("command.about", "Bot bilimlari va qanday hissa qoʻshish mumkin"),
                    Map.entry("command.language", "Javoblar tili"),
                    Map.entry("command.settings", "Guruh sozlamalari (administratorlar uchun)"),
                    Map.entry("fallback.ru", "Bu daʼvo hali sizning tilingizda yozilmagan; mana uning ruscha varianti."),
                    Map.entry("fallback.en", "Bu daʼvo hali sizning tilingizda yozilmagan; mana uning inglizcha varianti.")));

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

    /**
     * The interface language for a question's language: itself if the interface speaks it; Russian for Kyrgyz and
     * Tajik, whose readers mostly read it; else English.
     */
    public static String uiLanguage(String language) {
        if (language != null && TEXTS.containsKey(language)) {
            return language;
        }
        return "ky".equals(language) || "tg".equals(language) ? "ru" : "en";
    }

    public static String get(String language, String key) {
        return TEXTS.get(uiLanguage(language)).get(key);
    }

    /** The other language the interface speaks: the one the "other language" button switches to. */
    public static String otherLanguage(String language) {
        return uiLanguage(language).equals("ru") ? "en" : "ru"; // from Kazakh and Uzbek: Russian
    }

    public static String verdict(String language, Verdict verdict) {
        return get(language, "verdict." + verdict.id());
    }

    public static String sign(Verdict verdict) {
        return SIGNS.get(verdict);
    }
}
