#include "migrations.h"

#include "sqlitedatabase.h"
#include "storagelog.h"
#include "transactionguard.h"

#include <array>

namespace shopinbox {

namespace {

// Times are INTEGER milliseconds since the Unix epoch, UTC. Money is INTEGER minor units plus currency.
constexpr const char *Step1Base = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE staff(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, chat_permission INTEGER NOT NULL);
CREATE TABLE customers(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', visitor_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT '', customer_since INTEGER, lifetime_spend INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT '', order_count INTEGER NOT NULL DEFAULT 0,
  email_marketing INTEGER NOT NULL DEFAULT 0, sms_marketing INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '', note_updated_at INTEGER, online INTEGER NOT NULL DEFAULT 0);
CREATE TABLE conversations(
  id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id),
  status INTEGER NOT NULL, unread INTEGER NOT NULL, assignee_id INTEGER,
  topics TEXT NOT NULL DEFAULT '[]', platform TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL, last_activity_at INTEGER NOT NULL,
  last_message_kind INTEGER, last_message_author INTEGER, last_message_body TEXT NOT NULL DEFAULT '',
  last_message_at INTEGER);
CREATE INDEX conversations_by_activity ON conversations(last_activity_at, id);
CREATE INDEX conversations_by_status ON conversations(status, last_activity_at, id);
CREATE INDEX conversations_by_assignee ON conversations(assignee_id, last_activity_at, id);
CREATE INDEX conversations_unread ON conversations(last_activity_at, id) WHERE unread = 1;
CREATE INDEX conversations_by_customer ON conversations(customer_id);
CREATE TABLE messages(
  local_id INTEGER PRIMARY KEY, id INTEGER UNIQUE,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  client_id TEXT UNIQUE, kind INTEGER NOT NULL, author INTEGER NOT NULL, staff_id INTEGER,
  body TEXT NOT NULL DEFAULT '', payload TEXT, created_at INTEGER NOT NULL,
  delivery INTEGER NOT NULL, failure_reason TEXT NOT NULL DEFAULT '');
CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at, local_id);
CREATE TABLE carts(
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id), lines TEXT NOT NULL,
  item_count INTEGER NOT NULL, subtotal INTEGER NOT NULL, currency TEXT NOT NULL,
  discount_code TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL);
CREATE TABLE orders(
  id INTEGER PRIMARY KEY, number TEXT NOT NULL, customer_id INTEGER NOT NULL REFERENCES customers(id),
  placed_at INTEGER NOT NULL, total INTEGER NOT NULL, currency TEXT NOT NULL,
  financial_status TEXT NOT NULL, fulfillment_status TEXT NOT NULL, open INTEGER NOT NULL,
  tracking_url TEXT NOT NULL DEFAULT '', status_page_url TEXT NOT NULL DEFAULT '');
CREATE INDEX orders_by_customer ON orders(customer_id, placed_at);
CREATE TABLE products(
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, image_url TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '', published INTEGER NOT NULL, variants TEXT NOT NULL);
CREATE TABLE discounts(code TEXT PRIMARY KEY, summary TEXT NOT NULL, active INTEGER NOT NULL) WITHOUT ROWID;
)sql";

// Full-text search over message text and customer name/email, as external content tables (one copy of the
// text). New messages are indexed in bulk by MessageStore::indexNewMessages() once per transaction rather
// than by an insert trigger: FTS5 flushes its pending terms at the end of every statement that writes it,
// so one index insert per message would write one tiny segment per message. Changes to rows that are
// already indexed (local_id up to meta 'message_fts_upto') are kept in step by the triggers.
constexpr const char *Step2FullText = R"sql(
CREATE VIRTUAL TABLE message_fts USING fts5(
  body, content='messages', content_rowid='local_id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO message_fts(message_fts) VALUES ('rebuild');
INSERT INTO meta(key, value) SELECT 'message_fts_upto', coalesce(max(local_id), 0) FROM messages;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
WHEN old.local_id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'message_fts_upto') BEGIN
  INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.local_id, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages
WHEN old.body IS NOT new.body
 AND old.local_id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'message_fts_upto') BEGIN
  INSERT INTO message_fts(message_fts, rowid, body) VALUES ('delete', old.local_id, old.body);
  INSERT INTO message_fts(rowid, body) VALUES (new.local_id, new.body);
END;
CREATE VIRTUAL TABLE customer_fts USING fts5(
  name, visitor_name, email, content='customers', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customer_fts(rowid, name, visitor_name, email)
  VALUES (new.id, new.name, new.visitor_name, new.email);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customer_fts(customer_fts, rowid, name, visitor_name, email)
  VALUES ('delete', old.id, old.name, old.visitor_name, old.email);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, visitor_name, email ON customers
WHEN old.name IS NOT new.name OR old.visitor_name IS NOT new.visitor_name OR old.email IS NOT new.email BEGIN
  INSERT INTO customer_fts(customer_fts, rowid, name, visitor_name, email)
  VALUES ('delete', old.id, old.name, old.visitor_name, old.email);
  INSERT INTO customer_fts(rowid, name, visitor_name, email)
  VALUES (new.id, new.name, new.visitor_name, new.email);
END;
INSERT INTO customer_fts(customer_fts) VALUES ('rebuild');
)sql";

// The outbox of merchant actions waiting for the server, in the order they were made.
constexpr const char *Step3Outbox = R"sql(
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id INTEGER, action TEXT NOT NULL,
  payload TEXT NOT NULL, client_id TEXT, created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '', state INTEGER NOT NULL DEFAULT 0);
CREATE INDEX outbox_by_conversation ON outbox(conversation_id, id);
)sql";

// The shop's saved replies ("/shortcut" texts). No unique shortcut: the server enforces it.
constexpr const char *Step4SavedReplies = R"sql(
CREATE TABLE saved_replies(
  id INTEGER PRIMARY KEY, shortcut TEXT NOT NULL, text TEXT NOT NULL, updated_at INTEGER NOT NULL);
CREATE INDEX saved_replies_by_shortcut ON saved_replies(shortcut, id);
)sql";

// The unread count (window title, tray) on every cache change: without this it walks all open conversations
// (82 ms on 100,000); with it, only the unread ones (1 ms).
constexpr const char *Step5UnreadIndex = R"sql(
CREATE INDEX conversations_unread_by_status ON conversations(status) WHERE unread = 1;
)sql";

// The composer's unsent text per conversation (this computer only, never synced).
constexpr const char *Step6Drafts = R"sql(
CREATE TABLE drafts(
  conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL, updated_at INTEGER NOT NULL);
)sql";

// Who wrote a conversation's last message, so that the list says "You:" only for the signed-in staff member.
constexpr const char *Step7LastMessageStaff = R"sql(
ALTER TABLE conversations ADD COLUMN last_message_staff_id INTEGER;
UPDATE conversations SET last_message_staff_id = (
  SELECT m.staff_id FROM messages m WHERE m.conversation_id = conversations.id
  ORDER BY m.created_at DESC, m.local_id DESC LIMIT 1)
WHERE last_message_author IS NOT NULL;
)sql";

// The inbox search finds conversations by order number ("#1239").
constexpr const char *Step8OrderNumbers = R"sql(
CREATE INDEX orders_by_number ON orders(number);
)sql";

// 9: a message's payload is the wire format of its kind (json::encodePayload), so that the codec is the one
// description of every kind. Before, discounts and images were stored unwrapped and cart events as
// {"action", "title"}; products and automated replies were already in the wire form.
constexpr const char *Step9WirePayloads = R"sql(
UPDATE messages SET payload = json_object('discount', json(payload))
  WHERE kind = 2 AND payload IS NOT NULL AND payload <> '' AND json_type(payload, '$.discount') IS NULL;
UPDATE messages SET payload = json_object('image', json(payload))
  WHERE kind = 3 AND payload IS NOT NULL AND payload <> '' AND json_type(payload, '$.image') IS NULL;
UPDATE messages SET payload = json_object('cart_action', json_extract(payload, '$.action'),
                                          'product_title', json_extract(payload, '$.title'))
  WHERE kind = 4 AND payload IS NOT NULL AND payload <> '' AND json_type(payload, '$.title') = 'text';
UPDATE messages SET payload = json_object('cart_action', json_extract(payload, '$.action'))
  WHERE kind = 4 AND payload IS NOT NULL AND payload <> '' AND json_type(payload, '$.action') IS NOT NULL;
)sql";

// 10: who may do what (server issue 17): the staff's permissions beyond chat, the owner, deactivated staff.
// A cache from before does not know them until the server announces its staff again (it does once, when
// it migrates to roles).
constexpr const char *Step10StaffRoles = R"sql(
ALTER TABLE staff ADD COLUMN manage_shop_permission INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN owner INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
)sql";

constexpr std::array<const char *, 10> Steps{
    Step1Base,   Step2FullText,         Step3Outbox,       Step4SavedReplies, Step5UnreadIndex,
    Step6Drafts, Step7LastMessageStaff, Step8OrderNumbers, Step9WirePayloads, Step10StaffRoles};

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(Steps.size());
}

bool Migrations::migrate(SqliteDatabase &db, QString *error)
{
    const qint64 current = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (current < 0) {
        *error = db.errorMessage();
        return false;
    }
    for (int version = static_cast<int>(current) + 1; version <= latestVersion(); ++version) {
        TransactionGuard tx(db);
        if (!tx.isActive()) {
            *error = tx.errorMessage();
            return false;
        }
        if (!db.exec(QString::fromUtf8(Steps[static_cast<size_t>(version - 1)])) ||
            !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            *error = QStringLiteral("migration %1 failed: %2").arg(version).arg(db.errorMessage());
            return false;
        }
        if (!tx.commit()) {
            *error = QStringLiteral("migration %1 failed to commit: %2").arg(version).arg(tx.errorMessage());
            return false;
        }
        qCInfo(lcStorage) << "cache migrated to schema version" << version;
    }
    return true;
}

} // namespace shopinbox
