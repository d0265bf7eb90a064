package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour on the embedded SQLite; {@link PostgresStoreTest} runs the same tests on PostgreSQL. */
class StoreTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;

    /** Opens the store under test; each call is a restart of the bot. */
    Store open() throws java.sql.SQLException {
        return Store.open(dir);
    }

    @Test
    void keepsWhatItRecordsAcrossARestart() throws Exception {
        try (Store store = open()) {
            store.recordAnswer("kazakh-famine-myth", "en", NOW);
            store.recordAnswer("kazakh-famine-myth", "ru", NOW);
            store.recordAnswer("holodomor-myth", "en", NOW.minus(Duration.ofDays(10)));
            store.recordUnanswered("Was there a famine in Ireland?", "en", NOW);
            store.recordFeedback("holodomor-myth", 1, false, NOW);
            store.recordFeedback("holodomor-myth", 2, false, NOW);
            store.recordFeedback("kazakh-famine-myth", 1, true, NOW);
        }
        try (Store store = open()) {
            Instant week = NOW.minus(Duration.ofDays(7));
            assertThat(store.answeredSince(week)).isEqualTo(2);
            assertThat(store.answeredSince(Instant.EPOCH)).isEqualTo(3);
            assertThat(store.unansweredSince(week)).isEqualTo(1);
            assertThat(store.topClaims(Instant.EPOCH, 5)).containsExactly(
                    new Store.ClaimCount("kazakh-famine-myth", 2), new Store.ClaimCount("holodomor-myth", 1));
            assertThat(store.feedback()).containsExactly(
                    new Store.Feedback("holodomor-myth", 0, 2), new Store.Feedback("kazakh-famine-myth", 1, 0));
            assertThat(store.unanswered(week)).containsExactly(
                    new Store.Unanswered("Was there a famine in Ireland?", "en", NOW));
        }
    }

    @Test
    void aReaderHasOneVotePerClaimAndTheLastOneCounts() throws Exception {
        try (Store store = open()) {
            for (int i = 0; i < 60; i++) {
                store.recordFeedback("holodomor-myth", 7, false, NOW);
            }
            store.recordFeedback("holodomor-myth", 7, true, NOW);
            store.recordFeedback("holodomor-myth", 8, false, NOW);

            assertThat(store.feedback()).containsExactly(new Store.Feedback("holodomor-myth", 1, 1));
        }
    }

    @Test
    void updatesAreTakenOnceAndRepliesStayOwedUntilPaidAcrossARestart() throws Exception {
        try (Store store = open()) {
            assertThat(store.receive(10, 5, "{\"update_id\":10}", NOW)).isTrue();
            assertThat(store.receive(10, 5, "{\"update_id\":10}", NOW)).as("delivered twice").isFalse();
            assertThat(store.receive(11, 5, "{\"update_id\":11}", NOW)).isTrue();
            long first = store.owe(5, 10, "reply to 10", NOW);
            store.owe(5, 11, "half of the replies to 11", NOW);
            store.handled(10, NOW);
            store.owe(6, null, "an introduction", NOW);
            store.paid(first);
            store.owe(5, 10, "a second reply to 10", NOW);
        }
        try (Store store = open()) {
            assertThat(store.chatsWithWork("next", NOW)).containsExactlyInAnyOrder(5L, 6L);
            assertThat(store.unhandled(5)).containsExactly("{\"update_id\":11}");
            assertThat(store.owedTo(5)).as("update 11 is handled again, so its replies are owed anew")
                    .extracting(Store.Owed::message).containsExactly("a second reply to 10");
            assertThat(store.owedTo(6)).extracting(Store.Owed::message).containsExactly("an introduction");
            assertThat(store.receive(10, 5, "{}", NOW)).as("still remembered after a restart").isFalse();
        }
    }

    @Test
    void aChatIsLeasedToOneReplicaAtATimeAndTakenOverWhenItsLeaseRunsOut() throws Exception {
        Duration lease = Duration.ofSeconds(5);
        try (Store store = open()) {
            store.receive(1, 7, "{\"update_id\":1}", NOW);
            assertThat(store.leaseChat(7, "a", NOW, lease)).isTrue();
            assertThat(store.leaseChat(7, "b", NOW.plusSeconds(1), lease)).as("a holds it").isFalse();
            assertThat(store.chatsWithWork("b", NOW.plusSeconds(1))).as("not b's to take").isEmpty();
            assertThat(store.chatsWithWork("a", NOW.plusSeconds(1))).containsExactly(7L);

            store.renewLeases("a", NOW.plusSeconds(4), lease);
            assertThat(store.leaseChat(7, "b", NOW.plusSeconds(8), lease)).as("renewed until 9 s").isFalse();
            assertThat(store.releaseChat(7, "a")).as("kept while an update of the chat waits").isFalse();

            assertThat(store.chatsWithWork("b", NOW.plusSeconds(10))).as("a stopped renewing: b may take it")
                    .containsExactly(7L);
            assertThat(store.leaseChat(7, "b", NOW.plusSeconds(10), lease)).isTrue();
            assertThat(store.leaseChat(7, "a", NOW.plusSeconds(11), lease)).as("now b's").isFalse();
            store.handled(1, NOW.plusSeconds(11));
            assertThat(store.releaseChat(7, "a")).as("only its holder gives it back").isFalse();
            assertThat(store.releaseChat(7, "b")).isTrue();
            assertThat(store.leaseChat(7, "a", NOW.plusSeconds(12), lease)).isTrue();
            store.releaseLeases("a");
            assertThat(store.leaseChat(7, "c", NOW.plusSeconds(12), lease)).isTrue();
        }
    }

    @Test
    void anEmbeddedStoreIsNotShared() throws Exception {
        try (Store store = Store.open(dir)) {
            assertThat(store.shared()).isFalse();
        }
    }

    @Test
    void whoAdministersAChatIsRememberedUntilItsTime() throws Exception {
        try (Store store = open()) {
            assertThat(store.knownAdmin(-100, 42, NOW)).isEmpty();
            store.rememberAdmin(-100, 42, true, NOW.plusSeconds(300));
            store.rememberAdmin(-100, 43, false, NOW.plusSeconds(300));
            assertThat(store.knownAdmin(-100, 42, NOW.plusSeconds(299))).contains(true);
            assertThat(store.knownAdmin(-100, 43, NOW)).contains(false);
            assertThat(store.knownAdmin(-100, 42, NOW.plusSeconds(300))).as("forgotten after five minutes").isEmpty();
        }
    }

    @Test
    void keepsChatSettingsAcrossARestartAndForgetsAChatOnRequest() throws Exception {
        try (Store store = open()) {
            assertThat(store.chatSettings(-100)).isEqualTo(Store.ChatSettings.DEFAULT);
            store.saveChatSettings(-100, new Store.ChatSettings("ru", true));
            store.saveChatSettings(-200, new Store.ChatSettings(null, true));
            assertThat(store.firstAutoReplyOfDay(-100, "holodomor-myth", java.time.LocalDate.of(2026, 11, 28))).isTrue();
            assertThat(store.firstAutoReplyOfDay(-100, "holodomor-myth", java.time.LocalDate.of(2026, 11, 28))).isFalse();
        }
        try (Store store = open()) {
            assertThat(store.chatSettings(-100)).isEqualTo(new Store.ChatSettings("ru", true));
            store.forgetChat(-100);
            assertThat(store.chatSettings(-100)).isEqualTo(Store.ChatSettings.DEFAULT);
            assertThat(store.chatSettings(-200)).isEqualTo(new Store.ChatSettings(null, true));
            assertThat(store.firstAutoReplyOfDay(-100, "holodomor-myth", java.time.LocalDate.of(2026, 11, 28))).isTrue();
        }
    }

    @Test
    void keepsReadersLanguagesAndListingsAcrossARestart() throws Exception {
        long listing;
        try (Store store = open()) {
            assertThat(store.chosenLanguage(42)).isEmpty();
            store.chooseLanguage(42, "kk");
            store.chooseLanguage(42, "uz");
            listing = store.saveListing(java.util.List.of(new Store.Listed("holodomor-myth", "“the mythical genocide”"),
                    new Store.Listed("kazakh-famine-myth", "“made up”")), NOW);
        }
        try (Store store = open()) {
            assertThat(store.chosenLanguage(42)).contains("uz");
            assertThat(store.chosenLanguage(43)).isEmpty();
            assertThat(store.listing(listing)).extracting(Store.Listed::claimId)
                    .containsExactly("holodomor-myth", "kazakh-famine-myth");
            assertThat(store.listing(listing + 1000)).isEmpty();
        }
    }
}
