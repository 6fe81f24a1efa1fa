# `polex run --db postgresql://...`: the same rows as SQLite, and re-runs
# (as from several cluster jobs) replace rows instead of duplicating them.
. "$(dirname "$0")/lib.sh"
[ -n "${POLEX_TEST_PG:-}" ] || { echo "SKIP: POLEX_TEST_PG is not set"; exit 77; }
command -v psql >/dev/null 2>&1 || { echo "SKIP: no psql"; exit 77; }
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: no sqlite3"; exit 77; }

schema="cli_run_$$"
psql -qAtX "$POLEX_TEST_PG" -c "CREATE SCHEMA $schema" || fail "cannot create schema"
case "$POLEX_TEST_PG" in *\?*) sep='&' ;; *) sep='?' ;; esac
url="${POLEX_TEST_PG}${sep}options=-csearch_path%3D$schema"
pq() { psql -qAtX "$url" -c "$1"; }

expect_exit 0 "$POLEX" run -q --db "$url" "$SRC/corpora/dev/docs"
expect_exit 0 "$POLEX" run -q --db "$TMP/ref.sqlite" "$SRC/corpora/dev/docs"
for table in documents events event_jurisdictions; do
    a=$(pq "SELECT count(*) FROM $table")
    b=$(sqlite3 "$TMP/ref.sqlite" "SELECT count(*) FROM $table")
    [ "$a" = "$b" ] || fail "$table: PostgreSQL has $a rows, SQLite $b"
done
# Two shards at once over overlapping inputs, then the whole corpus again.
"$POLEX" run -q --db "$url" "$SRC/corpora/dev/docs" &
"$POLEX" run -q --db "$url" "$SRC/corpora/dev/docs" &
wait
expect_exit 0 "$POLEX" run -q --db "$url" "$SRC/corpora/dev/docs"
a=$(pq "SELECT count(*) FROM events")
b=$(sqlite3 "$TMP/ref.sqlite" "SELECT count(*) FROM events")
[ "$a" = "$b" ] || fail "after re-runs PostgreSQL has $a events, want $b"
psql -qAtX "$POLEX_TEST_PG" -c "DROP SCHEMA $schema CASCADE" >/dev/null
finish
