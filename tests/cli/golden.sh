# Golden tests: each tests/golden/NAME.{txt,html} gives exactly NAME.events.jsonl.
# Regenerate after a reviewed change with: POLEX_GOLDEN_UPDATE=1 ctest -R golden
. "$(dirname "$0")/lib.sh"

n=0
for input in "$SRC"/tests/golden/*.txt "$SRC"/tests/golden/*.html; do
    [ -f "$input" ] || continue
    want="${input%.*}.events.jsonl"
    "$POLEX" run -q --jsonl - "$input" | sed "s|$SRC/||g" >"$TMP/got.jsonl"
    against_golden "$TMP/got.jsonl" "$want" "$(basename "$input")"
    n=$((n + 1))
done
[ "$n" -ge 5 ] || fail "only $n golden cases"
finish
