package org.tarikh.bot;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What reached the fake Bot API against what was owed: replies lost and replies sent twice, counted per chat. */
record Deliveries(int owed, int sent, int lost, int twice) {

    /** {@code owedPerChat}: how many replies each chat is owed (one per question it asked). */
    static Deliveries of(FakeBotApi api, Map<Long, Integer> owedPerChat) {
        Map<Long, Long> sentPerChat = api.calls("sendMessage").stream()
                .collect(Collectors.groupingBy(FakeBotApi.Call::chatId, Collectors.counting()));
        int lost = 0;
        int twice = 0;
        for (var owed : owedPerChat.entrySet()) {
            long sent = sentPerChat.getOrDefault(owed.getKey(), 0L);
            lost += (int) Math.max(0, owed.getValue() - sent);
            twice += (int) Math.max(0, sent - owed.getValue());
        }
        for (var sent : sentPerChat.entrySet()) {
            if (!owedPerChat.containsKey(sent.getKey())) {
                twice += sent.getValue().intValue(); // a reply to a chat that asked nothing
            }
        }
        int owed = owedPerChat.values().stream().mapToInt(Integer::intValue).sum();
        return new Deliveries(owed, api.calls("sendMessage").size(), lost, twice);
    }

    static Map<Long, Integer> onePerChat(long firstChat, int chats) {
        return java.util.stream.LongStream.range(firstChat, firstChat + chats).boxed()
                .collect(Collectors.toMap(Function.identity(), chat -> 1));
    }

    @Override
    public String toString() {
        return String.format("%d replies owed, %d sent: %d lost, %d sent twice", owed, sent, lost, twice);
    }
}
