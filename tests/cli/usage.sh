# --help, --version and exit codes of every command.
. "$(dirname "$0")/lib.sh"

expect_exit 0 "$POLEX" --version
grep -qx "polex [0-9][0-9.]*" "$TMP/out" || fail "--version printed '$(cat "$TMP/out")'"
expect_exit 0 "$POLEX" --help
grep -q "Exit status" "$TMP/out" || fail "--help does not document exit codes"
for cmd in ingest tokenize match link load run eval rules; do
    expect_exit 0 "$POLEX" "$cmd" --help
    grep -q "^Usage: polex $cmd" "$TMP/out" || fail "$cmd --help has no usage line"
done
expect_exit 2 "$POLEX"
expect_exit 2 "$POLEX" frobnicate
grep -q "unknown command 'frobnicate'" "$TMP/err" || fail "unknown command not named"
expect_exit 2 "$POLEX" run
expect_exit 2 "$POLEX" load
expect_exit 2 "$POLEX" eval only-one-arg
expect_exit 2 "$POLEX" run --no-such-option x
expect_exit 2 "$POLEX" run --date 2025-02-30 x
grep -q "date like" "$TMP/err" || fail "--date error not explained"
expect_exit 2 "$POLEX" ingest --date July x
# --date dates a document whose text gives no year; the text's own date wins
printf 'BOSTON, July 17 - The council voted.\n' >"$TMP/noyear.txt"
printf 'BOSTON, July 17, 2024 - The council voted.\n' >"$TMP/year.txt"
expect_exit 0 "$POLEX" ingest --date 2025-07-18 "$TMP/noyear.txt" "$TMP/year.txt"
[ "$(grep -o '"published":"[0-9-]*"' "$TMP/out" | tr '\n' ' ')" = \
    '"published":"2025-07-18" "published":"2024-07-17" ' ] || fail "--date: $(cat "$TMP/out")"
# match --profile: the output is unchanged, the cost table goes to stderr
expect_exit 0 "$POLEX" ingest "$SRC/tests/cli/data/grant-freeze.html" "$SRC/tests/cli/data/county-detainers.txt"
cp "$TMP/out" "$TMP/docs.jsonl"
expect_exit 0 "$POLEX" tokenize "$TMP/docs.jsonl"
cp "$TMP/out" "$TMP/tokens.jsonl"
expect_exit 0 "$POLEX" match "$TMP/tokens.jsonl"
cp "$TMP/out" "$TMP/plain.jsonl"
expect_exit 0 "$POLEX" match --profile=3 "$TMP/tokens.jsonl"
cmp -s "$TMP/out" "$TMP/plain.jsonl" || fail "match --profile changed the match records"
grep -q "^PCRE2 time by rule" "$TMP/err" || fail "match --profile printed no table"
[ "$(grep -c ' all$' "$TMP/err")" = 1 ] || fail "match --profile has no total line"
expect_exit 2 "$POLEX" match --profile=0 "$TMP/tokens.jsonl"
expect_exit 2 "$POLEX" tokenize --profile "$TMP/docs.jsonl"
# --jsonl and --csv name the format, so any file name works; a device or
# pipe (/dev/stdout, a FIFO) is written in place, never replaced by a file
printf 'The county refused to honor ICE detainers under its sanctuary policy.\n' >"$TMP/one.txt"
expect_exit 0 "$POLEX" run -q "$TMP/one.txt" --jsonl "$TMP/events.out" --csv "$TMP/events.table"
grep -q '"action":"refuse"' "$TMP/events.out" || fail "--jsonl FILE of another name wrote no event"
grep -q '^event_id,' "$TMP/events.table" || fail "--csv FILE of another name wrote no header"
[ -f "$TMP/events.table.jurisdictions.csv" ] || fail "--csv: no jurisdictions file beside it"
mkfifo "$TMP/fifo"
timeout 120 cat "$TMP/fifo" >"$TMP/fifo.out" &
expect_exit 0 "$POLEX" run -q "$TMP/one.txt" --jsonl "$TMP/fifo"
wait
[ -p "$TMP/fifo" ] || fail "--jsonl replaced a FIFO by a file"
grep -q '"action":"refuse"' "$TMP/fifo.out" || fail "--jsonl wrote no event into a FIFO"
expect_exit 0 "$POLEX" load --db "jsonl:$TMP/loaded.out" "$TMP/events.out"
cmp -s "$TMP/loaded.out" "$TMP/events.out" || fail "load --db jsonl:PATH did not copy the events"
expect_exit 3 "$POLEX" run --rules "$TMP/no-such-rules" --jsonl - "$SRC/tests/cli/data"
expect_exit 3 "$POLEX" run --db "$TMP/no/such/dir/x.sqlite" "$SRC/tests/cli/data"
# a run that cannot start keeps earlier output as it was and leaves no new
# database behind (outputs are opened before the rule pack is read)
cp "$TMP/events.out" "$TMP/kept.jsonl"
expect_exit 3 "$POLEX" run --rules "$TMP/no-such-rules" "$TMP/one.txt" \
    --db "$TMP/fresh.sqlite" --jsonl "$TMP/kept.jsonl"
[ ! -e "$TMP/fresh.sqlite" ] || fail "a run that could not start left a new database"
cmp -s "$TMP/kept.jsonl" "$TMP/events.out" || fail "a run that could not start changed its output"
finish
