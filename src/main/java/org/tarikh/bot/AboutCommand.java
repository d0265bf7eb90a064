package org.tarikh.bot;

import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.KnowledgeBase;

/** {@code /about}: how many claims, which version of the knowledge, and how to contribute. */
final class AboutCommand implements ChatCommand {
    private final Replies replies;

    AboutCommand(Replies replies) {
        this.replies = replies;
    }

    @Override
    public String name() {
        return "about";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.about");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        KnowledgeBase knowledge = replies.knowledge();
        return Reply.text(Html.escape(String.format(Messages.get(language, "about"),
                knowledge.claims().size(), knowledge.version())));
    }
}
