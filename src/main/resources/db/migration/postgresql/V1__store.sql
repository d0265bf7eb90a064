-- The store's tables on PostgreSQL: the same as SQLite's (db/migration/sqlite), in PostgreSQL's types.
CREATE TABLE answered (claim_id TEXT NOT NULL, language TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX answered_at ON answered (at);
CREATE TABLE unanswered (text TEXT NOT NULL, language TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX unanswered_at ON unanswered (at);
CREATE TABLE chat_settings (chat_id BIGINT PRIMARY KEY, language TEXT, auto_mode INTEGER NOT NULL);
CREATE TABLE auto_replies (chat_id BIGINT NOT NULL, claim_id TEXT NOT NULL, day TEXT NOT NULL,
    PRIMARY KEY (chat_id, claim_id, day));
CREATE TABLE listings (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at BIGINT NOT NULL, items TEXT NOT NULL);
CREATE TABLE updates (update_id BIGINT PRIMARY KEY, payload TEXT, received_at BIGINT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0);
CREATE TABLE owed (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, chat_id BIGINT NOT NULL, update_id BIGINT,
    message TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE votes (claim_id TEXT NOT NULL, voter TEXT NOT NULL, helpful INTEGER NOT NULL, at BIGINT NOT NULL,
    PRIMARY KEY (claim_id, voter));
CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE reader_languages (reader TEXT PRIMARY KEY, language TEXT NOT NULL);
