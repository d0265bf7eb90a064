package org.tarikh.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The embedded SQL database under {@code TARIKH_DATA} (SQLite through JDBC): which claims were answered, the
 * questions nobody could answer (text, language, time — never who asked), readers' 👍/👎 per claim (one vote each),
 * groups' settings, and what must survive a restart: the updates taken from Telegram until they are handled, and
 * the replies owed until Telegram accepts them.
 * The same JDBC code runs on PostgreSQL ({@code TARIKH_DATABASE_URL}); Flyway migrates either on open
 * (src/main/resources/db/migration), and each call takes a connection from a pool, one call at a time. On
 * PostgreSQL several replicas share it: each chat is leased to one replica at a time, the sends of the whole bot
 * are counted against Telegram's limits, and who administers a chat is remembered for all.
 */
public final class Store implements AutoCloseable {
    /** The user_version of a SQLite file made before Flyway kept the schema: it holds Flyway's version 1. */
    private static final int SCHEMA_BEFORE_FLYWAY = 15;
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

    private final HikariDataSource pool;
    /** The key of the voters' hash, once read from the database; guarded by this store's lock, as every call is. */
    private String voterSecret;

    private Store(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) the embedded SQLite database {@code dir}/tarikh.db, its tables brought up to date. */
    public static Store open(Path dir) throws SQLException {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the data folder " + dir, e);
        }
        return open("jdbc:sqlite:" + dir.resolve("tarikh.db"), null, null);
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…}) through a connection
     * pool, and migrates its schema with Flyway. SQLite gets one connection: it has one writer at a time anyway.
     */
    public static Store open(String url, String user, String password) throws SQLException {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("the store runs on SQLite or PostgreSQL; a JDBC URL starts with jdbc:sqlite: or "
                    + "jdbc:postgresql:");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("store");
        config.setMaximumPoolSize(sqlite ? 1 : 8);
        config.setConnectionTimeout(10_000);
        if (sqlite) {
            // With WAL, NORMAL syncs at checkpoints rather than on every insert: a crash loses at most the last
            // few counts, never the database.
            config.setConnectionInitSql("PRAGMA synchronous=NORMAL");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) { // Hikari wraps the driver's refusal; say it without the URL's credentials
            throw new SQLException("cannot connect to the database: " + rootMessage(e), e);
        }
        try {
            migrate(pool, sqlite);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof SQLException sql ? sql : new SQLException("cannot migrate the store: " + rootMessage(e), e);
        }
        return new Store(pool);
    }

    private static void migrate(HikariDataSource pool, boolean sqlite) throws SQLException {
        boolean madeBeforeFlyway = false;
        if (sqlite) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                int version;
                try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                    version = rows.getInt(1);
                }
                if (version > 0 && version < SCHEMA_BEFORE_FLYWAY) {
                    throw new SQLException("the data folder's tarikh.db was made by a much older build; move it aside");
                }
                madeBeforeFlyway = version == SCHEMA_BEFORE_FLYWAY;
            }
        }
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration/" + (sqlite ? "sqlite" : "postgresql"))
                .baselineOnMigrate(madeBeforeFlyway)
                .baselineVersion("1")
                .load()
                .migrate();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public synchronized void recordAnswer(String claimId, String language, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO answered (claim_id, language, at) VALUES (?, ?, ?)", claimId, language, at.getEpochSecond());
        }
    }

    public synchronized void recordUnanswered(String text, String language, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO unanswered (text, language, at) VALUES (?, ?, ?)", text, language, at.getEpochSecond());
        }
    }

    /** A reader's vote on a claim's answer; a reader's later vote on the same claim replaces the earlier one. */
    public synchronized void recordFeedback(String claimId, long userId, boolean helpful, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO votes (claim_id, voter, helpful, at) VALUES (?, ?, ?, ?) ON CONFLICT (claim_id, voter) "
                    + "DO UPDATE SET helpful = excluded.helpful, at = excluded.at", claimId, voter(connection, userId), helpful ? 1 : 0,
                    at.getEpochSecond());
        }
    }

    /** Keeps the language a reader chose with /language, across restarts. */
    public synchronized void chooseLanguage(long userId, String language) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO reader_languages (reader, language) VALUES (?, ?) ON CONFLICT (reader) "
                    + "DO UPDATE SET language = excluded.language", voter(connection, userId), language);
        }
    }

    /** The language the reader chose with /language, if they did. */
    public synchronized java.util.Optional<String> chosenLanguage(long userId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement query = prepare(connection, "SELECT language FROM reader_languages WHERE reader = ?", voter(connection, userId));
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** A keyed hash of a user id, with a secret made once for this database: it tells votes apart, not who cast them. */
    private String voter(Connection connection, long userId) throws SQLException {
        if (voterSecret == null) { // read (or made) once: every message's language lookup hashes its sender
            try (PreparedStatement query = prepare(connection, "SELECT value FROM secrets WHERE name = 'voters'");
                    ResultSet rows = query.executeQuery()) {
                voterSecret = rows.next() ? rows.getString(1) : null;
            }
            if (voterSecret == null) {
                byte[] random = new byte[32];
                new java.security.SecureRandom().nextBytes(random);
                voterSecret = java.util.HexFormat.of().formatHex(random);
                update(connection, "INSERT INTO secrets (name, value) VALUES ('voters', ?)", voterSecret);
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
     * Takes an update from Telegram for the chat it belongs to: kept until {@link #handled}; false when it was taken
     * before (Telegram may deliver one twice, and to any replica).
     */
    public synchronized boolean receive(int updateId, long chatId, String payload, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement insert = prepare(connection, "INSERT INTO updates (update_id, chat_id, payload, "
                    + "received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", updateId, chatId, payload,
                    at.getEpochSecond())) {
                return insert.executeUpdate() == 1;
            }
        }
    }

    /** An update is handled: its replies are owed (or sent). It is remembered a day against duplicates. */
    public synchronized void handled(int updateId, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "UPDATE updates SET done = 1, payload = NULL WHERE update_id = ?", updateId);
            update(connection, "DELETE FROM updates WHERE done = 1 AND received_at < ?", at.minus(UPDATES_REMEMBERED).getEpochSecond());
        }
    }

    /** A chat's updates taken but not handled yet, in order, as JSON. */
    public synchronized List<String> unhandled(long chatId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<String> payloads = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT payload FROM updates WHERE chat_id = ? AND done = 0 "
                    + "ORDER BY update_id", chatId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        }
    }

    /** Keeps a reply owed to a chat until it is {@link #paid}; returns its id. */
    public synchronized long owe(long chatId, Integer updateId, String message, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
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
    }

    /** A reply Telegram accepted, or refused for good: no longer owed. */
    public synchronized void paid(long id) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "DELETE FROM owed WHERE id = ?", id);
        }
    }

    /**
     * The replies still owed to a chat, oldest first, for a replica taking the chat over (after a stop, or from
     * one that died) — but first forgets those of the chat's updates not handled yet, which are handled again and
     * owe their replies anew.
     */
    public synchronized List<Owed> owedTo(long chatId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "DELETE FROM owed WHERE chat_id = ? AND update_id IN (SELECT update_id FROM updates "
                    + "WHERE done = 0)", chatId);
            List<Owed> owed = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT id, chat_id, update_id, message, created_at FROM owed "
                    + "WHERE chat_id = ? ORDER BY id", chatId);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owed.add(new Owed(rows.getLong(1), rows.getLong(2), updateId(rows.getObject(3)), rows.getString(4),
                            Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
            return owed;
        }
    }

    /**
     * Takes, or keeps, the lease on a chat for {@code replica} until {@code now + ttl}: while it holds it, only it
     * handles the chat's updates and sends its replies. False when another replica holds a lease that has not run
     * out.
     */
    public synchronized boolean leaseChat(long chatId, String replica, Instant now, java.time.Duration ttl)
            throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement upsert = prepare(connection, "INSERT INTO chat_leases (chat_id, owner, until) "
                    + "VALUES (?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET owner = excluded.owner, until = excluded.until "
                    + "WHERE chat_leases.owner = excluded.owner OR chat_leases.until < ?", chatId, replica,
                    now.plus(ttl).toEpochMilli(), now.toEpochMilli())) {
                return upsert.executeUpdate() == 1;
            }
        }
    }

    /** Extends every lease {@code replica} holds to {@code now + ttl}: it is alive. */
    public synchronized void renewLeases(String replica, Instant now, java.time.Duration ttl) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "UPDATE chat_leases SET until = ? WHERE owner = ?", now.plus(ttl).toEpochMilli(), replica);
        }
    }

    /**
     * Gives a chat's lease back, unless an update came for the chat meanwhile (from another replica, which could not
     * take the lease): then the holder keeps it, and handles that update. Returns whether it was given back.
     */
    public synchronized boolean releaseChat(long chatId, String replica) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement delete = prepare(connection, "DELETE FROM chat_leases WHERE chat_id = ? AND owner = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM updates WHERE chat_id = ? AND done = 0)", chatId, replica, chatId)) {
                return delete.executeUpdate() == 1;
            }
        }
    }

    /** Gives back every lease of {@code replica} (null: of every replica, for an embedded store's only process). */
    public synchronized void releaseLeases(String replica) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            if (replica == null) {
                update(connection, "DELETE FROM chat_leases");
            } else {
                update(connection, "DELETE FROM chat_leases WHERE owner = ?", replica);
            }
        }
    }

    /**
     * The chats with work that {@code replica} may take: updates not handled in a chat whose lease is its own, free
     * or run out; replies owed in a chat nobody holds (left by a replica that stopped or died).
     */
    public synchronized List<Long> chatsWithWork(String replica, Instant now) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<Long> chats = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT DISTINCT chat_id FROM updates WHERE done = 0 "
                    + "AND chat_id NOT IN (SELECT chat_id FROM chat_leases WHERE owner <> ? AND until >= ?) "
                    + "UNION SELECT DISTINCT chat_id FROM owed WHERE chat_id NOT IN "
                    + "(SELECT chat_id FROM chat_leases WHERE until >= ?)", replica, now.toEpochMilli(), now.toEpochMilli());
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    chats.add(rows.getLong(1));
                }
            }
            return chats;
        }
    }

    /** Whether several processes may share this store: PostgreSQL yes, the embedded SQLite no. */
    public boolean shared() {
        return !pool.getJdbcUrl().startsWith("jdbc:sqlite:");
    }

    /**
     * A send reserved within Telegram's limits for the whole bot, or refused: then {@code waitMillis} says how long
     * until one may fit, and {@code wholeBot} whether the bot's limit (rather than the chat's) is what holds it back.
     */
    public record Reservation(long id, long waitMillis, boolean wholeBot) {
        public boolean granted() {
            return waitMillis == 0;
        }
    }

    /**
     * Reserves a message to {@code chatId} within limits shared by every replica (PostgreSQL only): at most
     * {@code perSecond} sends in any second, one per {@code chatIntervalMillis} in a chat and {@code perGroup} per
     * {@code groupWindowMillis} in a group (negative id), each window widened by {@code marginMillis}. Reservations
     * are made one at a time, under a lock, on the database's clock, so replicas need not agree on the time.
     */
    public synchronized Reservation reserveSend(long chatId, int perSecond, long chatIntervalMillis, int perGroup,
            long groupWindowMillis, long marginMillis) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Reservation reservation = reserve(connection, chatId, perSecond, chatIntervalMillis, perGroup,
                        groupWindowMillis, marginMillis);
                connection.commit();
                return reservation;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static Reservation reserve(Connection connection, long chatId, int perSecond, long chatIntervalMillis,
            int perGroup, long groupWindowMillis, long marginMillis) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("SELECT pg_advisory_xact_lock(7415)"); // the number is the lock's name: sends
        }
        long now = longValue(connection, "SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT");
        long second = 1000 + marginMillis;
        try (PreparedStatement query = prepare(connection, "SELECT COUNT(*), MIN(at) FROM sends WHERE at > ?", now - second);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            if (rows.getInt(1) >= perSecond) {
                return new Reservation(0, Math.max(1, rows.getLong(2) + second - now), true);
            }
        }
        if (chatIntervalMillis > 0) {
            try (PreparedStatement query = prepare(connection, "SELECT MAX(at) FROM sends WHERE chat_id = ?", chatId);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                long last = rows.getLong(1);
                if (!rows.wasNull() && now - last < chatIntervalMillis + marginMillis) {
                    return new Reservation(0, last + chatIntervalMillis + marginMillis - now, false);
                }
            }
        }
        if (chatId < 0 && groupWindowMillis > 0) {
            long window = groupWindowMillis + marginMillis;
            try (PreparedStatement query = prepare(connection, "SELECT COUNT(*), MIN(at) FROM sends WHERE chat_id = ? AND at > ?",
                    chatId, now - window);
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getInt(1) >= perGroup) {
                    return new Reservation(0, Math.max(1, rows.getLong(2) + window - now), false);
                }
            }
        }
        update(connection, "DELETE FROM sends WHERE at < ?", now - 2 * Math.max(second, groupWindowMillis + marginMillis));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sends (chat_id, at) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, chatId);
            insert.setLong(2, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Reservation(keys.getLong(1), 0, false);
            }
        }
    }

    /**
     * Telegram answered the reserved send: it counts from now, as the request may have reached Telegram later than
     * it was reserved.
     */
    public synchronized void sendAnswered(long reservationId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "UPDATE sends SET at = GREATEST(at, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT) "
                    + "WHERE id = ?", reservationId);
        }
    }

    /** Whether a user administers a chat, as remembered until a time by {@link #rememberAdmin}; empty if not known. */
    public synchronized java.util.Optional<Boolean> knownAdmin(long chatId, long userId, Instant now) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement query = prepare(connection, "SELECT admin FROM chat_admins WHERE chat_id = ? AND member = ? "
                    + "AND until > ?", chatId, voter(connection, userId), now.toEpochMilli());
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getInt(1) == 1) : java.util.Optional.empty();
            }
        }
    }

    /** Remembers, for every replica, whether a user administers a chat, until {@code until}. */
    public synchronized void rememberAdmin(long chatId, long userId, boolean admin, Instant until) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO chat_admins (chat_id, member, admin, until) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (chat_id, member) DO UPDATE SET admin = excluded.admin, until = excluded.until",
                    chatId, voter(connection, userId), admin ? 1 : 0, until.toEpochMilli());
        }
    }

    public synchronized int answeredSince(Instant since) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return count(connection, "SELECT COUNT(*) FROM answered WHERE at >= ?", since);
        }
    }

    public synchronized int unansweredSince(Instant since) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return count(connection, "SELECT COUNT(*) FROM unanswered WHERE at >= ?", since);
        }
    }

    /** The claims answered most often since {@code since}, most first. */
    public synchronized List<ClaimCount> topClaims(Instant since, int limit) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<ClaimCount> top = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT claim_id, COUNT(*) AS n FROM answered WHERE at >= ? "
                    + "GROUP BY claim_id ORDER BY n DESC, claim_id LIMIT ?", since.getEpochSecond(), limit);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    top.add(new ClaimCount(rows.getString(1), rows.getInt(2)));
                }
            }
            return top;
        }
    }

    /** 👍 and 👎 per claim, the claims judged unhelpful most often first. */
    public synchronized List<Feedback> feedback() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<Feedback> feedback = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT claim_id, SUM(helpful), SUM(1 - helpful) AS unhelpful "
                    + "FROM votes GROUP BY claim_id ORDER BY unhelpful DESC, SUM(helpful), claim_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    feedback.add(new Feedback(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                }
            }
            return feedback;
        }
    }

    public synchronized List<Unanswered> unanswered(Instant since) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            List<Unanswered> questions = new ArrayList<>();
            try (PreparedStatement query = prepare(connection, "SELECT text, language, at FROM unanswered WHERE at >= ? ORDER BY at",
                    since.getEpochSecond());
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    questions.add(new Unanswered(rows.getString(1), rows.getString(2), Instant.ofEpochSecond(rows.getLong(3))));
                }
            }
            return questions;
        }
    }

    public synchronized ChatSettings chatSettings(long chatId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement query = prepare(connection, "SELECT language, auto_mode FROM chat_settings WHERE chat_id = ?", chatId);
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? new ChatSettings(rows.getString(1), rows.getInt(2) == 1) : ChatSettings.DEFAULT;
            }
        }
    }

    public synchronized void saveChatSettings(long chatId, ChatSettings settings) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "INSERT INTO chat_settings (chat_id, language, auto_mode) VALUES (?, ?, ?) ON CONFLICT (chat_id) "
                    + "DO UPDATE SET language = excluded.language, auto_mode = excluded.auto_mode",
                    chatId, settings.language(), settings.autoMode() ? 1 : 0);
        }
    }

    /** Forgets a chat the bot was removed from: its settings and what auto mode answered there. */
    public synchronized void forgetChat(long chatId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "DELETE FROM chat_settings WHERE chat_id = ?", chatId);
            update(connection, "DELETE FROM auto_replies WHERE chat_id = ?", chatId);
            update(connection, "DELETE FROM chat_admins WHERE chat_id = ?", chatId);
        }
    }

    /**
     * Notes that auto mode answers {@code claimId} in the chat on {@code day}; false if it already did that day
     * (auto mode answers a claim at most once per chat per day).
     */
    public synchronized boolean firstAutoReplyOfDay(long chatId, String claimId, java.time.LocalDate day) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement insert = prepare(connection, "INSERT INTO auto_replies (chat_id, claim_id, day) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING",
                    chatId, claimId, day.toString())) {
                return insert.executeUpdate() == 1;
            }
        }
    }

    /**
     * Keeps the findings of a text whose list runs to several pages, so that its "next page" button works also
     * after a restart; returns the listing's id. Listings older than a week are forgotten.
     */
    public synchronized long saveListing(List<Listed> items, Instant at) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            update(connection, "DELETE FROM listings WHERE at < ?", at.minus(LISTINGS_KEPT).getEpochSecond());
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
    }

    /** A listing's findings, or an empty list when it was forgotten. */
    public synchronized List<Listed> listing(long id) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement query = prepare(connection, "SELECT items FROM listings WHERE id = ?", id);
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
    }

    @Override
    public synchronized void close() throws SQLException {
        pool.close();
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.executeUpdate();
        }
    }

    private static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int count(Connection connection, String sql, Instant since) throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, since.getEpochSecond());
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** An update id as either database returns it: SQLite's INTEGER or PostgreSQL's BIGINT, or null. */
    private static Integer updateId(Object column) {
        return column == null ? null : ((Number) column).intValue();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
