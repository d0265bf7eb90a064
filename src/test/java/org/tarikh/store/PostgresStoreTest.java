package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * StoreTest's tests on a real PostgreSQL: the one named by TARIKH_TEST_DATABASE_URL (with TARIKH_TEST_DATABASE_USER
 * and TARIKH_TEST_DATABASE_PASSWORD), which .ci/run installs and starts. Whatever its user owns there is dropped
 * before each test. Skipped without one, except under CI=true, where a missing database fails.
 */
class PostgresStoreTest extends StoreTest {
    private static final String URL = System.getenv("TARIKH_TEST_DATABASE_URL");
    private static final String USER = System.getenv("TARIKH_TEST_DATABASE_USER");
    private static final String PASSWORD = System.getenv("TARIKH_TEST_DATABASE_PASSWORD");

    @BeforeEach
    void emptyTheDatabase() throws SQLException {
        if (URL == null || URL.isBlank()) {
            assertThat(System.getenv("CI")).as("CI runs the store's tests on PostgreSQL: set TARIKH_TEST_DATABASE_URL")
                    .isNotEqualTo("true");
            Assumptions.abort("no TARIKH_TEST_DATABASE_URL: the store's tests ran on SQLite only");
        }
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP OWNED BY CURRENT_USER"); // the tables of the last test, Flyway's history included
        }
    }

    @Override
    Store open() throws SQLException {
        return Store.open(URL, USER, PASSWORD);
    }

    @Test
    void aWrongPasswordIsOneClearErrorWithoutTheCredentials() {
        assertThatThrownBy(() -> Store.open(URL, USER, "not-the-password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot connect to the database")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void sendsAreCountedForEveryReplicaAgainstTelegramsLimits() throws Exception {
        try (Store one = open(); Store other = open()) {
            assertThat(one.shared()).isTrue();
            assertThat(one.reserveSend(1, 3, 1000, 20, 60_000, 10).granted()).isTrue();
            Store.Reservation again = other.reserveSend(1, 3, 1000, 20, 60_000, 10);
            assertThat(again.granted()).as("one message a second in a chat, whichever replica sends").isFalse();
            assertThat(again.wholeBot()).isFalse();
            assertThat(again.waitMillis()).isBetween(500L, 1010L);
            assertThat(other.reserveSend(2, 3, 1000, 20, 60_000, 10).granted()).isTrue();
            assertThat(one.reserveSend(-3, 3, 1000, 20, 60_000, 10).granted()).isTrue();
            Store.Reservation fourth = other.reserveSend(4, 3, 1000, 20, 60_000, 10);
            assertThat(fourth.granted()).as("three a second for the whole bot").isFalse();
            assertThat(fourth.wholeBot()).isTrue();

            assertThat(one.reserveSend(-5, 100, 0, 1, 60_000, 10).granted()).isTrue();
            Store.Reservation group = other.reserveSend(-5, 100, 0, 1, 60_000, 10);
            assertThat(group.granted()).as("one a minute in this group").isFalse();
            assertThat(group.waitMillis()).isGreaterThan(50_000L);
        }
    }
}
