-- The store's tables on SQLite (the embedded default). Times are epoch seconds, except owed.created_at (millis).
CREATE TABLE answered (claim_id TEXT NOT NULL, language TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX answered_at ON answered (at);
CREATE TABLE unanswered (text TEXT NOT NULL, language TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX unanswered_at ON unanswered (at);
CREATE TABLE chat_settings (chat_id INTEGER PRIMARY KEY, language TEXT, auto_mode INTEGER NOT NULL);
CREATE TABLE auto_replies (chat_id INTEGER NOT NULL, claim_id TEXT NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY (chat_id, claim_id, day));
CREATE TABLE listings (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, items TEXT NOT NULL);
-- Updates taken from Telegram: kept until handled (then emptied), remembered a day against duplicates.
CREATE TABLE updates (update_id INTEGER PRIMARY KEY, payload TEXT, received_at INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0);
-- Replies owed: kept until Telegram accepts or finally refuses them.
CREATE TABLE owed (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, update_id INTEGER,
    message TEXT NOT NULL, created_at INTEGER NOT NULL);
-- One vote per reader and claim: the last one counts. The voter is a keyed hash, never the user id.
CREATE TABLE votes (claim_id TEXT NOT NULL, voter TEXT NOT NULL, helpful INTEGER NOT NULL, at INTEGER NOT NULL,
    PRIMARY KEY (claim_id, voter));
CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The language a reader chose with /language, by the same keyed hash as votes, never the user id.
CREATE TABLE reader_languages (reader TEXT PRIMARY KEY, language TEXT NOT NULL);
