-- What replicas share (issue 15), times in epoch millis: each update's chat, so that a chat's updates are handled in order by whichever
-- replica holds the chat's lease; the leases; the sends of the last minute, for Telegram's limits across replicas
-- (PostgreSQL only; an embedded SQLite has one process); and who administers a chat, asked of Telegram.
ALTER TABLE updates ADD COLUMN chat_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX updates_pending ON updates (chat_id, update_id) WHERE done = 0;
CREATE INDEX owed_chat ON owed (chat_id, id);
CREATE TABLE chat_leases (chat_id INTEGER PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL);
CREATE TABLE sends (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, at INTEGER NOT NULL);
CREATE TABLE chat_admins (chat_id INTEGER NOT NULL, member TEXT NOT NULL, admin INTEGER NOT NULL,
    until INTEGER NOT NULL, PRIMARY KEY (chat_id, member));
