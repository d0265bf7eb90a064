package org.tarikh.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tarikh.answer.Html;
import org.tarikh.answer.Messages;
import org.tarikh.knowledge.Claim;
import org.tarikh.knowledge.KnowledgeBase;
import org.tarikh.knowledge.Topic;

/** {@code /start}: a welcome with three example questions; {@code /start <claim-id>} opens that claim. */
final class StartCommand implements ChatCommand {
    private static final int EXAMPLES = 3;

    private final Replies replies;

    StartCommand(Replies replies) {
        this.replies = replies;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String description(String language) {
        return Messages.get(language, "command.start");
    }

    @Override
    public Reply reply(Request request) {
        String language = request.language();
        KnowledgeBase knowledge = replies.knowledge();
        Optional<Claim> deepLink = knowledge.claim(request.args().strip());
        if (deepLink.isPresent()) {
            return replies.claim(deepLink.get(), language);
        }
        List<List<Button>> examples = new ArrayList<>();
        for (Topic topic : knowledge.topics()) {
            List<Claim> claims = knowledge.claimsOf(topic.id());
            if (examples.size() < EXAMPLES && !claims.isEmpty()) {
                Claim claim = claims.get(0);
                List<String> questions = claim.questions().getOrDefault(language, claim.questions().get("en"));
                String label = questions == null || questions.isEmpty() ? claim.textIn(language) : questions.get(0);
                examples.add(List.of(new Button(Replies.shorten(label), Callbacks.data(Callbacks.CLAIM, claim.id()))));
            }
        }
        return new Reply(Html.escape(Messages.get(language, "welcome")), examples);
    }
}
