# `polex run` into SQLite: documents, events, jurisdictions and errors land in
# their tables, and a re-run replaces rows instead of duplicating them.
. "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: no sqlite3 command"; exit 77; }

db="$TMP/events.sqlite"
q() { sqlite3 "$db" "$1"; }
expect_exit 1 "$POLEX" run -q --db "$db" "$SRC/corpora/dev/docs" "$SRC/tests/cli/data"
# every file is a document, except crawl.jsonl which holds two
ndocs=$(($(ls "$SRC/corpora/dev/docs" "$SRC/tests/cli/data" | grep -c '\.') + 1))
good=$(q "SELECT count(*) FROM documents")
bad=$(q "SELECT count(*) FROM errors")
[ $((good + bad)) -eq "$ndocs" ] || fail "$good documents + $bad errors for $ndocs files"
[ "$bad" -ge 2 ] || fail "expected the empty and binary files in errors, got $bad"
q "SELECT source FROM errors" | grep -q 'binary.bin' || fail "binary.bin not in errors"
urls=$(q "SELECT url FROM documents WHERE source LIKE '%crawl.jsonl#%' ORDER BY url" | tr '\n' ' ')
[ "$urls" = "https://example.org/news/1 https://example.org/news/2 " ] ||
    fail "JSON Lines documents lost their URLs: '$urls'"
events=$(q "SELECT count(*) FROM events")
[ "$events" -gt 20 ] || fail "only $events events"
orphans=$(q "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
[ "$orphans" -eq 0 ] || fail "$orphans events without a document"
linked=$(q "SELECT count(*) FROM event_jurisdictions WHERE ocd_id LIKE 'ocd-division/country:us%'")
[ "$linked" -gt 5 ] || fail "only $linked linked jurisdictions"
bad_types=$(q "SELECT count(*) FROM events WHERE type NOT IN ('order','funding','ruling','noncooperation','litigation')")
[ "$bad_types" -eq 0 ] || fail "$bad_types events of unknown types"
# The evidence range slices the document text back to the evidence.
mismatch=$(q "SELECT count(*) FROM events e JOIN documents d USING (doc_id)
              WHERE substr(CAST(d.text AS BLOB), e.evidence_start + 1, e.evidence_end - e.evidence_start)
                    != CAST(e.evidence_text AS BLOB)")
[ "$mismatch" -eq 0 ] || fail "$mismatch evidence ranges do not slice back"

expect_exit 1 "$POLEX" run -q --db "$db" "$SRC/corpora/dev/docs" "$SRC/tests/cli/data"
[ "$(q "SELECT count(*) FROM events")" -eq "$events" ] || fail "re-run changed the event count"
[ "$(q "SELECT count(*) FROM documents")" -eq "$good" ] || fail "re-run duplicated documents"
[ "$(q "SELECT count(*) FROM errors")" -eq "$bad" ] || fail "re-run duplicated errors"

# Stage by stage into the same kind of database gives the same events.
db2="$TMP/piped.sqlite"
"$POLEX" ingest "$SRC/corpora/dev/docs" "$SRC/tests/cli/data" >"$TMP/docs.jsonl"
"$POLEX" tokenize "$TMP/docs.jsonl" | "$POLEX" match | "$POLEX" link >"$TMP/events.jsonl"
expect_exit 1 "$POLEX" load --db "$db2" "$TMP/docs.jsonl" "$TMP/events.jsonl"
a=$(q "SELECT event_id FROM events ORDER BY event_id" | md5sum)
b=$(sqlite3 "$db2" "SELECT event_id FROM events ORDER BY event_id" | md5sum)
[ "$a" = "$b" ] || fail "load of piped events differs from run"
finish
