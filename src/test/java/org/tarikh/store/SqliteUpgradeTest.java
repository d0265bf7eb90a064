package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aDataFolderFromBeforeFlywayKeepsItsData() throws Exception {
        // A tarikh.db as builds before Flyway left it: the same tables, its version in user_version.
        String schema = new String(Store.class.getResourceAsStream("/db/migration/sqlite/V1__store.sql").readAllBytes(),
                StandardCharsets.UTF_8);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tarikh.db"));
                Statement statement = connection.createStatement()) {
            for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("INSERT INTO answered (claim_id, language, at) VALUES ('holodomor-myth', 'en', 1)");
            statement.execute("PRAGMA user_version = 15");
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.answeredSince(Instant.EPOCH)).isEqualTo(1);
            store.recordAnswer("kazakh-famine-myth", "ru", Instant.EPOCH);
            assertThat(store.answeredSince(Instant.EPOCH)).isEqualTo(2);
        }
    }
}
