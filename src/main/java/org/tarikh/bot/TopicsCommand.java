package org.tarikh.bot;

import org.tarikh.answer.Messages;

/** {@code /topics}: the topics as buttons; each button lists the topic's claims. */
final class TopicsCommand implements ChatCommand {
    private final Replies replies;

    TopicsCommand(Replies replies) {
        this.replies = replies;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.topics");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        return replies.topics(language);
    }
}
