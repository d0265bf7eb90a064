package org.tarikh.bot;

import org.tarikh.answer.Html;
import org.tarikh.answer.LiveAnswerer;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.KnowledgeLoader;
import org.tarikh.knowledge.Problem;

/**
 * {@code /reload}, for maintainers (see {@link AdminOnly}): reloads the knowledge now and says how it went,
 * with every problem as {@code file:line: message} when the new knowledge is refused.
 */
final class ReloadCommand implements ChatCommand {
    /** Enough problems to act on without passing Telegram's 4096 characters. */
    private static final int MAX_PROBLEMS_SHOWN = 20;

    private final LiveAnswerer answerer;

    ReloadCommand(LiveAnswerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String description(String language) {
        return language.equals("ru") ? "Перезагрузить знания (для сопровождающих)" : "Reload the knowledge (maintainers)";
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        KnowledgeLoader.Result result = answerer.reload();
        if (result.ok()) {
            return Reply.text(Html.escape(String.format(Messages.get(language, "reload.done"),
                    result.knowledge().claims().size(), result.knowledge().version())));
        }
        StringBuilder text = new StringBuilder(String.format(Messages.get(language, "reload.refused"),
                result.problems().size(), answerer.get().knowledge().version()));
        result.problems().stream().limit(MAX_PROBLEMS_SHOWN).map(Problem::toString)
                .forEach(line -> text.append('\n').append(line));
        return Reply.text(Html.escape(text.toString()));
    }
}
