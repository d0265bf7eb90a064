-- What replicas share (issue 15): the same as SQLite's V2 (db/migration/sqlite), in PostgreSQL's types.
ALTER TABLE updates ADD COLUMN chat_id BIGINT NOT NULL DEFAULT 0;
CREATE INDEX updates_pending ON updates (chat_id, update_id) WHERE done = 0;
CREATE INDEX owed_chat ON owed (chat_id, id);
CREATE TABLE chat_leases (chat_id BIGINT PRIMARY KEY, owner TEXT NOT NULL, until BIGINT NOT NULL);
CREATE TABLE sends (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, chat_id BIGINT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX sends_at ON sends (at);
CREATE INDEX sends_chat ON sends (chat_id, at);
CREATE TABLE chat_admins (chat_id BIGINT NOT NULL, member TEXT NOT NULL, admin INTEGER NOT NULL,
    until BIGINT NOT NULL, PRIMARY KEY (chat_id, member));
