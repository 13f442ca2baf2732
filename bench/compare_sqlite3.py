#!/usr/bin/env python3
"""Runs the benchmarked work in the sqlite3 shell on the same file and prints both side by side.

The sqlite3 shell is the floor: the same SQL with no application around it. Ratio = ours / sqlite3
(for times; for throughput sqlite3 / ours), so 1.0 means "as fast as the shell".
"""
import json
import re
import statistics
import subprocess
import sys
import time

cache, apply_copy, bench_json, rss_txt = sys.argv[1:5]

LIST_SQL = (
    "SELECT c.id, c.customer_id, u.name, u.visitor_name, u.email, u.online, c.last_message_kind, "
    "c.last_message_author, c.last_message_body, c.last_activity_at, c.unread, c.status, c.topics, "
    "c.assignee_id, s.name, k.item_count, k.subtotal, k.currency "
    "FROM conversations c JOIN customers u ON u.id = c.customer_id "
    "LEFT JOIN staff s ON s.id = c.assignee_id LEFT JOIN carts k ON k.customer_id = c.customer_id "
    "WHERE c.status = 0 ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 50;")
PAGE_SQL = ("SELECT local_id, id, conversation_id, client_id, kind, author, staff_id, body, payload, created_at, "
            "delivery, failure_reason FROM messages WHERE conversation_id = 1 "
            "ORDER BY created_at DESC, local_id DESC LIMIT 50;")
TERMS = ['leverbaar', 'commande', 'merino beanie', 'refund', 'customer1234@example.com', 'Größe']


def fts_query(text):
    words = [w.replace('"', '') for w in text.split()]
    return ' '.join('"%s"*' % w for w in words if any(c.isalnum() for c in w))


def search_sql(term):
    q = fts_query(term).replace("'", "''")
    return ("SELECT DISTINCT m.conversation_id FROM message_fts f JOIN messages m ON m.local_id = f.rowid "
            "WHERE message_fts MATCH '%s' ORDER BY f.rowid DESC LIMIT 50;" % q)


def shell_timer(db, sql, runs=25):
    """Median CPU time (user + sys, microsecond resolution) of @p sql over @p runs executions in one warm
    sqlite3 session; the shell prints wall time only to the millisecond."""
    script = '.timer on\n.output /dev/null\n' + (sql + '\n') * runs
    out = subprocess.run(['sqlite3', db], input=script, capture_output=True, text=True, check=True)
    times = [float(u) + float(s) for u, s in
             re.findall(r'Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)', out.stdout + out.stderr)]
    return statistics.median(times) * 1000.0


def process_time(db, sql, runs=15):
    """Median wall time of a whole sqlite3 process (open + query), like a cold start of the client's data side."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(['sqlite3', db, sql], capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def apply_rate(db, count=20000):
    """message.created work in SQL: insert, index the text, update the conversations' previews."""
    sql = f"""
.timer on
BEGIN;
CREATE TEMP TABLE mark AS SELECT max(local_id) AS m FROM messages;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
INSERT INTO messages(id, conversation_id, client_id, kind, author, staff_id, body, payload, created_at, delivery,
                     failure_reason)
SELECT 900000000 + i, 1 + (i * 7919) % 100000, NULL, 0, 1, NULL,
       'Wanneer wordt mijn bestelling bezorgd? Het duurt al een week. ' || i, NULL, 1800000000000 + i, 1, ''
FROM n;
INSERT INTO message_fts(rowid, body) SELECT local_id, body FROM messages WHERE local_id > (SELECT m FROM mark);
UPDATE conversations SET last_message_kind = 0, last_message_author = 0,
  last_message_body = 'Wanneer wordt mijn bestelling bezorgd?', last_message_at = 1800000000000 + id,
  last_activity_at = max(last_activity_at, 1800000000000 + id)
WHERE id IN (SELECT conversation_id FROM messages WHERE local_id > (SELECT m FROM mark));
COMMIT;
"""
    out = subprocess.run(['sqlite3', db], input=sql, capture_output=True, text=True, check=True)
    total = sum(float(t) for t in re.findall(r'Run Time: real ([0-9.]+)', out.stdout + out.stderr))
    return count / total


with open(bench_json) as f:
    results = {b['name']: b for b in json.load(f)['benchmarks']}


def ours_ms(prefix, kind='real_time'):
    for name, b in results.items():
        if name.startswith(prefix) and b.get('run_type', 'iteration') == 'iteration':
            scale = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1000.0}[b['time_unit']]
            return b[kind] * scale
    return float('nan')


def ours_rate(prefix):
    for name, b in results.items():
        if name.startswith(prefix):
            return b.get('items_per_second', float('nan'))
    return float('nan')


rows = []
sq = process_time(cache, LIST_SQL)
rows.append(('open cache + first inbox page (wall; sqlite3: whole process)', ours_ms('BM_OpenAndFirstPage'), sq,
             'ms', 150))
rows.append(('open after an unclean shutdown (quick_check; wall)', ours_ms('BM_OpenAfterUncleanShutdown'),
             process_time(cache, 'PRAGMA quick_check;', runs=3), 'ms', None))
sq = shell_timer(cache, PAGE_SQL)
rows.append(('first page of a 10,000-message conversation (CPU)',
             ours_ms('BM_LongConversationFirstPage', 'cpu_time'), sq, 'ms', 20))
for i, term in enumerate(TERMS):
    sq = shell_timer(cache, search_sql(term))
    rows.append((f'search "{term}", first 50 hits (CPU)', ours_ms(f'BM_SearchFirst50/{i}', 'cpu_time'), sq,
                 'ms', 50))

print('| work | Shop Inbox | sqlite3 shell | ratio | target |')
print('|---|---|---|---|---|')
for name, ours, shell, unit, target in rows:
    ratio = f'{ours / shell:.1f}x' if shell > 0 else 'n/a'
    goal = f'<= {target} {unit}' if target else ''
    print(f'| {name} | {ours:.2f} {unit} | {shell:.3f} {unit} | {ratio} | {goal} |')
shell = apply_rate(apply_copy)
ours = ours_rate('BM_ApplyMessageEvents')
print(f'| apply message.created events (large cache) | {ours:,.0f} /s | {shell:,.0f} /s | {shell / ours:.1f}x | >= 100,000 /s |')
ours = ours_rate('BM_ApplyInitialSync')
print(f'| apply all event kinds (initial sync, empty cache) | {ours:,.0f} /s | n/a | | >= 100,000 /s |')
with open(rss_txt) as f:
    rss = re.search(r'VmRSS=(\d+) kB', f.read())
print(f'| resident memory, inbox model open | {int(rss.group(1)) / 1024:.0f} MB | | | <= 150 MB |' if rss else '| rss | n/a |')
