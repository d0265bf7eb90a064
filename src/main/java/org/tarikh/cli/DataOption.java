package org.tarikh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.tarikh.store.Store;
import picocli.CommandLine.Option;

/**
 * Where the store lives: the embedded SQLite database under {@code --data DIR}, or PostgreSQL when
 * {@code TARIKH_DATABASE_URL} names one. Its credentials come from the environment or a file, and are never printed.
 */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:TARIKH_DATA:-data}",
            description = "The folder of the embedded database (default: $TARIKH_DATA or ./data).")
    Path dir;

    @Option(names = "--database", paramLabel = "JDBC_URL", defaultValue = "${env:TARIKH_DATABASE_URL:-}",
            description = "A PostgreSQL database for the store instead of the embedded one, e.g. "
                    + "jdbc:postgresql://db:5432/tarikh (default: $TARIKH_DATABASE_URL). The user and password come "
                    + "from $TARIKH_DATABASE_USER and $TARIKH_DATABASE_PASSWORD or $TARIKH_DATABASE_PASSWORD_FILE.")
    String databaseUrl;

    /** Opens the store this option names. */
    Store open() throws SQLException {
        return embedded() ? Store.open(dir)
                : Store.open(databaseUrl, System.getenv("TARIKH_DATABASE_USER"), password());
    }

    /** True for the embedded SQLite under {@code --data}, false for PostgreSQL. */
    boolean embedded() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    private static String password() throws SQLException {
        String file = System.getenv("TARIKH_DATABASE_PASSWORD_FILE");
        if (file == null || file.isBlank()) {
            return System.getenv("TARIKH_DATABASE_PASSWORD");
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new SQLException("cannot read TARIKH_DATABASE_PASSWORD_FILE (" + file + ")", e);
        }
    }
}
