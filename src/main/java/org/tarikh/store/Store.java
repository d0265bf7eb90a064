package org.tarikh.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded SQL database under {@code TARIKH_DATA} (SQLite through JDBC): which claims were answered, the
 * questions nobody could answer (text, language, time — never who asked), readers' 👍/👎 per claim (one vote each),
 * groups' settings, and what must survive a restart: the updates taken from Telegram until they are handled, and
 * the replies owed until Telegram accepts them.
 * Created and migrated on open; one connection, used one call at a time.
 */
public final class Store implements AutoCloseable {
    /** Each migration, in order; the database's user_version counts those applied. */
    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE answered (claim_id TEXT NOT NULL, language TEXT NOT NULL, at INTEGER NOT NULL)",
            "CREATE INDEX answered_at ON answered (at)",
            "CREATE TABLE unanswered (text TEXT NOT NULL, language TEXT NOT NULL, at INTEGER NOT NULL)",
            "CREATE INDEX unanswered_at ON unanswered (at)",
            "CREATE TABLE feedback (claim_id TEXT NOT NULL, helpful INTEGER NOT NULL, at INTEGER NOT NULL)",
            "CREATE TABLE chat_settings (chat_id INTEGER PRIMARY KEY, language TEXT, auto_mode INTEGER NOT NULL)",
            "CREATE TABLE auto_replies (chat_id INTEGER NOT NULL, claim_id TEXT NOT NULL, day TEXT NOT NULL, "
                    + "PRIMARY KEY (chat_id, claim_id, day))",
            "CREATE TABLE listings (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, items TEXT NOT NULL)",
            // Updates taken from Telegram: kept until handled (then emptied), remembered a day against duplicates.
            "CREATE TABLE updates (update_id INTEGER PRIMARY KEY, payload TEXT, received_at INTEGER NOT NULL, "
                    + "done INTEGER NOT NULL DEFAULT 0)",
            // Replies owed: kept until Telegram accepts or finally refuses them.
            "CREATE TABLE owed (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, update_id INTEGER, "
                    + "message TEXT NOT NULL, created_at INTEGER NOT NULL)",
            // One vote per reader and claim: the last one counts. The voter is a keyed hash, never the user id.
            "CREATE TABLE votes (claim_id TEXT NOT NULL, voter TEXT NOT NULL, helpful INTEGER NOT NULL, "
                    + "at INTEGER NOT NULL, PRIMARY KEY (claim_id, voter))",
            "INSERT INTO votes (claim_id, voter, helpful, at) SELECT claim_id, 'before-votes-' || rowid, helpful, at "
                    + "FROM feedback",
            "DROP TABLE feedback",
            "CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            // The language a reader chose with /language, by the same keyed hash as votes, never the user id.
            "CREATE TABLE reader_languages (reader TEXT PRIMARY KEY, language TEXT NOT NULL)");
    /** How long handled updates are remembered, so that one Telegram delivers again is still seen as a duplicate. */
    private static final java.time.Duration UPDATES_REMEMBERED = java.time.Duration.ofDays(1);
    /** How long the findings of a listed text are kept for its "next page" button. */
    private static final java.time.Duration LISTINGS_KEPT = java.time.Duration.ofDays(7);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A group's settings, chosen by its admins: the bot's language there (null: each user's) and auto mode. */
    public record ChatSettings(String language, boolean autoMode) {
        public static final ChatSettings DEFAULT = new ChatSettings(null, false);
    }

    /** A claim and how many times something happened to it. */
    public record ClaimCount(String claimId, int count) {
    }

    /** Readers' judgements of one claim. */
    public record Feedback(String claimId, int helpful, int unhelpful) {
    }

    /** A reply owed to a chat: the message, as the bot's sender writes it, and the update it answers (or null). */
    public record Owed(long id, long chatId, Integer updateId, String message, Instant createdAt) {
    }

    /** A question that got no answer. */
    public record Unanswered(String text, String language, Instant at) {
    }

    /** One finding of a listed text: the claim and the text's words that make it. */
    public record Listed(String claimId, String quote) {
    }

    private final Connection connection;
    /** The key of the voters' hash, once read from the database; guarded by this store's lock, as every call is. */
    private String voterSecret;

    private Store(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code dir}/tarikh.db and brings its tables up to date. */
    public static Store open(Path dir) throws SQLException {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the data folder " + dir, e);
        }
        Store store = new Store(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tarikh.db")));
        store.migrate();
        return store;
    }

    private void migrate() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            // With WAL, NORMAL syncs at checkpoints rather than on every insert: a crash loses at most the last
            // few counts, never the database.
            statement.execute("PRAGMA synchronous=NORMAL");
            int applied;
            try (ResultSet version = statement.executeQuery("PRAGMA user_version")) {
                applied = version.getInt(1);
            }
            for (int i = applied; i < MIGRATIONS.size(); i++) {
                statement.execute(MIGRATIONS.get(i));
                statement.execute("PRAGMA user_version = " + (i + 1));
            }
        }
    }

    public synchronized void recordAnswer(String claimId, String language, Instant at) throws SQLException {
        update("INSERT INTO answered (claim_id, language, at) VALUES (?, ?, ?)", claimId, language, at.getEpochSecond());
    }

    public synchronized void recordUnanswered(String text, String language, Instant at) throws SQLException {
        update("INSERT INTO unanswered (text, language, at) VALUES (?, ?, ?)", text, language, at.getEpochSecond());
    }

    /** A reader's vote on a claim's answer; a reader's later vote on the same claim replaces the earlier one. */
    public synchronized void recordFeedback(String claimId, long userId, boolean helpful, Instant at) throws SQLException {
        update("INSERT INTO votes (claim_id, voter, helpful, at) VALUES (?, ?, ?, ?) ON CONFLICT (claim_id, voter) "
                + "DO UPDATE SET helpful = excluded.helpful, at = excluded.at", claimId, voter(userId), helpful ? 1 : 0,
                at.getEpochSecond());
    }

    /** Keeps the language a reader chose with /language, across restarts. */
    public synchronized void chooseLanguage(long userId, String language) throws SQLException {
        update("INSERT INTO reader_languages (reader, language) VALUES (?, ?) ON CONFLICT (reader) "
                + "DO UPDATE SET language = excluded.language", voter(userId), language);
    }

    /** The language the reader chose with /language, if they did. */
    public synchronized java.util.Optional<String> chosenLanguage(long userId) throws SQLException {
        try (PreparedStatement query = prepare("SELECT language FROM reader_languages WHERE reader = ?", voter(userId));
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
        }
    }

    /** A keyed hash of a user id, with a secret made once for this database: it tells votes apart, not who cast them. */
    private String voter(long userId) throws SQLException {
        if (voterSecret == null) { // read (or made) once: every message's language lookup hashes its sender
            try (PreparedStatement query = prepare("SELECT value FROM secrets WHERE name = 'voters'");
                    ResultSet rows = query.executeQuery()) {
                voterSecret = rows.next() ? rows.getString(1) : null;
            }
            if (voterSecret == null) {
                byte[] random = new byte[32];
                new java.security.SecureRandom().nextBytes(random);
                voterSecret = java.util.HexFormat.of().formatHex(random);
                update("INSERT INTO secrets (name, value) VALUES ('voters', ?)", voterSecret);
            }
        }
        String secret = voterSecret;
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(Long.toString(userId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new SQLException("cannot hash a voter", e);
        }
    }

    /**
     * Takes an update from Telegram: kept until {@link #handled}; false when it was taken before (Telegram may
     * deliver one twice).
     */
    public synchronized boolean receive(int updateId, String payload, Instant at) throws SQLException {
        try (PreparedStatement insert = prepare("INSERT OR IGNORE INTO updates (update_id, payload, received_at) "
                + "VALUES (?, ?, ?)", updateId, payload, at.getEpochSecond())) {
            return insert.executeUpdate() == 1;
        }
    }

    /** An update is handled: its replies are owed (or sent). It is remembered a day against duplicates. */
    public synchronized void handled(int updateId, Instant at) throws SQLException {
        update("UPDATE updates SET done = 1, payload = NULL WHERE update_id = ?", updateId);
        update("DELETE FROM updates WHERE done = 1 AND received_at < ?", at.minus(UPDATES_REMEMBERED).getEpochSecond());
    }

    /** The updates taken but not handled before the last stop, in order, as JSON. */
    public synchronized List<String> unhandled() throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT payload FROM updates WHERE done = 0 ORDER BY update_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
        }
        return payloads;
    }

    /** Keeps a reply owed to a chat until it is {@link #paid}; returns its id. */
    public synchronized long owe(long chatId, Integer updateId, String message, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO owed (chat_id, update_id, message, "
                + "created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, chatId);
            insert.setObject(2, updateId);
            insert.setString(3, message);
            insert.setLong(4, at.toEpochMilli());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A reply Telegram accepted, or refused for good: no longer owed. */
    public synchronized void paid(long id) throws SQLException {
        update("DELETE FROM owed WHERE id = ?", id);
    }

    /**
     * The replies still owed, oldest first — but first forgets those of updates not handled before the stop,
     * which are handled again and owe their replies anew.
     */
    public synchronized List<Owed> owed() throws SQLException {
        update("DELETE FROM owed WHERE update_id IN (SELECT update_id FROM updates WHERE done = 0)");
        List<Owed> owed = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT id, chat_id, update_id, message, created_at FROM owed ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                owed.add(new Owed(rows.getLong(1), rows.getLong(2), (Integer) rows.getObject(3), rows.getString(4),
                        Instant.ofEpochMilli(rows.getLong(5))));
            }
        }
        return owed;
    }

    public synchronized int answeredSince(Instant since) throws SQLException {
        return count("SELECT COUNT(*) FROM answered WHERE at >= ?", since);
    }

    public synchronized int unansweredSince(Instant since) throws SQLException {
        return count("SELECT COUNT(*) FROM unanswered WHERE at >= ?", since);
    }

    /** The claims answered most often since {@code since}, most first. */
    public synchronized List<ClaimCount> topClaims(Instant since, int limit) throws SQLException {
        List<ClaimCount> top = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT claim_id, COUNT(*) AS n FROM answered WHERE at >= ? "
                + "GROUP BY claim_id ORDER BY n DESC, claim_id LIMIT ?", since.getEpochSecond(), limit);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                top.add(new ClaimCount(rows.getString(1), rows.getInt(2)));
            }
        }
        return top;
    }

    /** 👍 and 👎 per claim, the claims judged unhelpful most often first. */
    public synchronized List<Feedback> feedback() throws SQLException {
        List<Feedback> feedback = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT claim_id, SUM(helpful), SUM(1 - helpful) AS unhelpful "
                + "FROM votes GROUP BY claim_id ORDER BY unhelpful DESC, SUM(helpful), claim_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                feedback.add(new Feedback(rows.getString(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        return feedback;
    }

    public synchronized List<Unanswered> unanswered(Instant since) throws SQLException {
        List<Unanswered> questions = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT text, language, at FROM unanswered WHERE at >= ? ORDER BY at",
                since.getEpochSecond());
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                questions.add(new Unanswered(rows.getString(1), rows.getString(2), Instant.ofEpochSecond(rows.getLong(3))));
            }
        }
        return questions;
    }

    public synchronized ChatSettings chatSettings(long chatId) throws SQLException {
        try (PreparedStatement query = prepare("SELECT language, auto_mode FROM chat_settings WHERE chat_id = ?", chatId);
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? new ChatSettings(rows.getString(1), rows.getInt(2) == 1) : ChatSettings.DEFAULT;
        }
    }

    public synchronized void saveChatSettings(long chatId, ChatSettings settings) throws SQLException {
        update("INSERT INTO chat_settings (chat_id, language, auto_mode) VALUES (?, ?, ?) ON CONFLICT (chat_id) "
                + "DO UPDATE SET language = excluded.language, auto_mode = excluded.auto_mode",
                chatId, settings.language(), settings.autoMode() ? 1 : 0);
    }

    /** Forgets a chat the bot was removed from: its settings and what auto mode answered there. */
    public synchronized void forgetChat(long chatId) throws SQLException {
        update("DELETE FROM chat_settings WHERE chat_id = ?", chatId);
        update("DELETE FROM auto_replies WHERE chat_id = ?", chatId);
    }

    /**
     * Notes that auto mode answers {@code claimId} in the chat on {@code day}; false if it already did that day
     * (auto mode answers a claim at most once per chat per day).
     */
    public synchronized boolean firstAutoReplyOfDay(long chatId, String claimId, java.time.LocalDate day) throws SQLException {
        try (PreparedStatement insert = prepare("INSERT OR IGNORE INTO auto_replies (chat_id, claim_id, day) VALUES (?, ?, ?)",
                chatId, claimId, day.toString())) {
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Keeps the findings of a text whose list runs to several pages, so that its "next page" button works also
     * after a restart; returns the listing's id. Listings older than a week are forgotten.
     */
    public synchronized long saveListing(List<Listed> items, Instant at) throws SQLException {
        update("DELETE FROM listings WHERE at < ?", at.minus(LISTINGS_KEPT).getEpochSecond());
        String json;
        try {
            json = JSON.writeValueAsString(items.stream().map(i -> List.of(i.claimId(), i.quote())).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot write a listing", e);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO listings (at, items) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, at.getEpochSecond());
            insert.setString(2, json);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A listing's findings, or an empty list when it was forgotten. */
    public synchronized List<Listed> listing(long id) throws SQLException {
        try (PreparedStatement query = prepare("SELECT items FROM listings WHERE id = ?", id);
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return List.of();
            }
            List<Listed> items = new ArrayList<>();
            for (var item : JSON.readTree(rows.getString(1))) {
                items.add(new Listed(item.get(0).asText(), item.get(1).asText()));
            }
            return items;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("listing " + id + " cannot be read", e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(sql, values)) {
            statement.executeUpdate();
        }
    }

    private int count(String sql, Instant since) throws SQLException {
        try (PreparedStatement query = prepare(sql, since.getEpochSecond()); ResultSet rows = query.executeQuery()) {
            return rows.getInt(1);
        }
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
