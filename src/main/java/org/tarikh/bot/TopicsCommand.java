package org.tarikh.bot;

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
        return language.equals("ru") ? "Темы и проверенные утверждения" : "Topics and the claims checked";
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        return replies.topics(language);
    }
}
