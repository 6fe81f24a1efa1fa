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

# A broken rule file or rule is skipped with its file and line; the rules
# that compile still run (exit 1: finished, not everything went through).
mkdir -p "$TMP/rules/pack" "$TMP/rules/lexicons"
ln -s "$SRC/rules/gazetteer" "$TMP/rules/gazetteer"
ln -s "$SRC/rules/link" "$TMP/rules/link"
for f in irregular.tsv abbreviations.txt; do ln -s "$SRC/rules/lexicons/$f" "$TMP/rules/lexicons/$f"; done
printf 'rules:\n  - id: broken\n    type: [unclosed\n' >"$TMP/rules/pack/bad.yaml"
printf 'rules:\n  - {id: t.sue, type: litigation, action: sue, pattern: "<head sue>"}\n  - {id: t.bad, type: litigation, action: sue, pattern: "@nolexicon sue"}\n' >"$TMP/rules/pack/good.yaml"
expect_exit 1 "$POLEX" run -q --rules "$TMP/rules" --jsonl - "$TMP/good.txt"
grep -q 'skipped: .*bad.yaml' "$TMP/err" || fail "broken file not named: $(cat "$TMP/err")"
grep -q 'skipped: .*good.yaml:3: rule t.bad: .*nolexicon' "$TMP/err" || fail "broken rule not named: $(cat "$TMP/err")"
grep -q '"rule":"t.sue"' "$TMP/out" || fail "the good rule did not run: $(cat "$TMP/out")"
expect_exit 1 "$POLEX" match --rules "$TMP/rules" /dev/null
grep -q 'skipped: .*good.yaml:3' "$TMP/err" || fail "match does not report the broken rule"

# With no rule left to run, nothing is done at all.
rm "$TMP/rules/pack/good.yaml"
expect_exit 3 "$POLEX" run -q --rules "$TMP/rules" --jsonl - "$TMP/good.txt"
grep -q 'no rule under' "$TMP/err" || fail "an empty pack is not fatal: $(cat "$TMP/err")"
finish
