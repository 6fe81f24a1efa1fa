# Bad inputs become error records; the run goes on and keeps the good documents.
. "$(dirname "$0")/lib.sh"

printf 'Chicago sued the Justice Department on Monday.\n' >"$TMP/good.txt"
: >"$TMP/empty.txt"
printf '\000\001\002\003binary\000\377\376' >"$TMP/blob.bin"
printf 'not json\n{"schema":"polex.doc/7"}\n' >"$TMP/garbage.jsonl"

expect_exit 1 "$POLEX" ingest "$TMP/good.txt" "$TMP/empty.txt" "$TMP/missing.txt" "$TMP/blob.bin"
[ "$(grep -c '"schema":"polex.doc/1"' "$TMP/out")" -eq 1 ] || fail "good document lost"
[ "$(grep -c '"schema":"polex.error/1"' "$TMP/out")" -eq 3 ] || fail "want 3 error records: $(cat "$TMP/out")"
grep -q '"source":"[^"]*missing.txt"' "$TMP/out" || fail "missing file not named"

expect_exit 1 "$POLEX" tokenize "$TMP/garbage.jsonl"
[ "$(grep -c '"schema":"polex.error/1"' "$TMP/out")" -eq 2 ] || fail "want one error per bad line"
grep -q '"offset":2' "$TMP/out" || fail "error does not name line 2"
grep -q 'unknown schema' "$TMP/out" || fail "unknown schema not reported"

# A broken rule pack is a clear fatal error, not a crash.
mkdir -p "$TMP/rules/pack" "$TMP/rules/lexicons"
printf 'rules:\n  - id: broken\n    type: [unclosed\n' >"$TMP/rules/pack/bad.yaml"
expect_exit 3 "$POLEX" run -q --rules "$TMP/rules" --jsonl - "$TMP/good.txt"
grep -q 'bad.yaml' "$TMP/err" || fail "rule error does not name the file: $(cat "$TMP/err")"
finish
