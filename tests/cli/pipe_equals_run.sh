# Piping the stages one by one gives byte-identical events to `polex run`.
. "$(dirname "$0")/lib.sh"

inputs="$SRC/tests/cli/data $SRC/corpora/dev/docs"
"$POLEX" ingest $inputs >"$TMP/docs.jsonl"
"$POLEX" tokenize "$TMP/docs.jsonl" >"$TMP/tokens.jsonl"
"$POLEX" match <"$TMP/tokens.jsonl" >"$TMP/match.jsonl"
"$POLEX" link "$TMP/match.jsonl" >"$TMP/piped.jsonl"
"$POLEX" ingest $inputs | "$POLEX" tokenize | "$POLEX" match | "$POLEX" link >"$TMP/piped2.jsonl"
"$POLEX" run -q --jsonl - $inputs >"$TMP/run.jsonl"

events=$(grep -c '"schema":"polex.event/1"' "$TMP/run.jsonl")
[ "$events" -gt 20 ] || fail "only $events events from the dev corpus"
grep -q '"schema":"polex.error/1"' "$TMP/run.jsonl" || fail "the bad inputs gave no error record"
cmp -s "$TMP/piped.jsonl" "$TMP/run.jsonl" || fail "piped stages differ from run: $(diff "$TMP/piped.jsonl" "$TMP/run.jsonl" | head -5)"
cmp -s "$TMP/piped.jsonl" "$TMP/piped2.jsonl" || fail "files and pipes differ"

# Each stage refuses the wrong record kind with an error record naming the line.
"$POLEX" match "$TMP/docs.jsonl" >"$TMP/wrong.jsonl"
grep -q 'polex match reads polex.tokens/1 records, got polex.doc/1' "$TMP/wrong.jsonl" ||
    fail "match accepted doc records"
finish
