package org.tarikh.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxTest {
    /** When each message went out, and to which chat. */
    record Sent(long chatId, int n, long at) {
    }

    final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

    @Test
    void keepsTheLimitsQueueingEverythingAndServesChatsInTurn() throws Exception {
        SendLimits limits = new SendLimits(10, Duration.ofMillis(300), 3, Duration.ofSeconds(2));
        try (Outbox outbox = new Outbox(limits)) {
            for (int n = 0; n < 3; n++) {
                for (long chat = 1; chat <= 8; chat++) {
                    submit(outbox, chat, n);
                }
            }
            for (int n = 0; n < 5; n++) {
                submit(outbox, -100, n); // a group
            }
            assertThat(outbox.drain(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(sent).hasSize(29);
        List<Sent> byTime = sent.stream().sorted(java.util.Comparator.comparingLong(Sent::at)).toList();
        for (int i = limits.perSecond(); i < byTime.size(); i++) {
            assertThat(byTime.get(i).at() - byTime.get(i - limits.perSecond()).at())
                    .as("at most 10 in any second").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        }
        for (long chat : List.of(1L, 5L, -100L)) {
            List<Sent> ofChat = byTime.stream().filter(s -> s.chatId() == chat).toList();
            assertThat(ofChat).extracting(Sent::n).as("in order").isSorted();
            for (int i = 1; i < ofChat.size(); i++) {
                assertThat(ofChat.get(i).at() - ofChat.get(i - 1).at()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(290));
            }
        }
        List<Sent> group = byTime.stream().filter(s -> s.chatId() == -100).toList();
        assertThat(group.get(3).at() - group.get(0).at()).as("3 per 2 s in a group").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1990));
        int lastFirstMessage = byTime.indexOf(byTime.stream().filter(s -> s.n() == 0 && s.chatId() > 0).reduce((a, b) -> b).orElseThrow());
        int firstSecondMessage = byTime.indexOf(byTime.stream().filter(s -> s.n() == 1 && s.chatId() > 0).findFirst().orElseThrow());
        assertThat(lastFirstMessage).as("every chat gets its first message before any gets its second")
                .isLessThan(firstSecondMessage);
    }

    @Test
    void aPauseHoldsEveryMessageBack() throws Exception {
        try (Outbox outbox = new Outbox(SendLimits.NONE)) {
            long start = System.nanoTime();
            outbox.pause(1);
            submit(outbox, 1, 0);
            assertThat(outbox.drain(5, TimeUnit.SECONDS)).isTrue();
            assertThat(sent.get(0).at() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        }
    }

    @Test
    void aFailedSendIsTriedAgainAfterAGrowingPauseWhileOtherChatsAreServed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        try (Outbox outbox = new Outbox(SendLimits.NONE)) {
            long start = System.nanoTime();
            outbox.submit(1, () -> {
                sent.add(new Sent(1, tries.get(), System.nanoTime()));
                return tries.incrementAndGet() < 4 ? Outbox.Outcome.RETRY : Outbox.Outcome.DONE;
            });
            submit(outbox, 2, 0);
            assertThat(outbox.drain(10, TimeUnit.SECONDS)).isTrue();

            assertThat(tries).hasValue(4);
            List<Sent> ofChat1 = sent.stream().filter(s -> s.chatId() == 1).toList();
            assertThat(ofChat1.get(3).at() - ofChat1.get(0).at()).as("250 + 500 + 1000 ms")
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1700));
            assertThat(sent.stream().filter(s -> s.chatId() == 2).findFirst().orElseThrow().at() - start)
                    .as("the other chat is not held up").isLessThan(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    private void submit(Outbox outbox, long chat, int n) {
        outbox.submit(chat, () -> {
            sent.add(new Sent(chat, n, System.nanoTime()));
            return Outbox.Outcome.DONE;
        });
    }
}
