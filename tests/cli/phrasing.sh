# Phrasing families: tests/phrasing/*.tsv holds sentences written from the
# annotation guidelines alone, by someone who never saw the rules, in
# families (one way of saying one kind of event, six sentences each), with
# every event each states ("-" for a sentence that states none: an in-domain
# look-alike). Each runs as a document of its own. The expected
# events polex misses and the events it adds are a reviewed list,
# tests/golden/phrasing-misses.tsv ("miss"/"extra", sentence id,
# type/action); a change that loses an event or adds one fails this test
# until the list is reviewed and regenerated:
# POLEX_GOLDEN_UPDATE=1 ctest -R phrasing
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/docs"
: >"$TMP/want"
for set in "$SRC"/tests/phrasing/*.tsv; do
    sentence_docs "$set" "$TMP/docs"
    awk -F'\t' '!/^#/ && NF >= 4 { n = split($3, ev, ";"); for (i = 1; i <= n; i++) {
        split(ev[i], p, "/"); if (p[1] != "" && p[1] != "-") print $1 "\t" p[1] "/" p[2] } }' "$set" >>"$TMP/want"
done
n=$(ls "$TMP/docs" | wc -l)
[ "$n" -ge 100 ] || fail "only $n phrasing sentences"

"$POLEX" run -q --jsonl "$TMP/events.jsonl" "$TMP/docs" || fail "polex run failed on the sentences"
doc_names "$TMP/docs" >"$TMP/ids"
sed -n 's/.*"doc_id":"\([0-9a-f]*\)","type":"\([a-z_]*\)","action":"\([a-z_]*\)".*/\1 \2\/\3/p' \
    "$TMP/events.jsonl" | LC_ALL=C sort | LC_ALL=C join "$TMP/ids" - |
    awk '{ print $2 "\t" $3 }' | LC_ALL=C sort >"$TMP/got"
[ "$(wc -l <"$TMP/got")" -eq "$(grep -c '"type"' "$TMP/events.jsonl")" ] ||
    fail "could not name the sentence of every event"
LC_ALL=C sort "$TMP/want" >"$TMP/want.sorted"
{
    LC_ALL=C comm -23 "$TMP/want.sorted" "$TMP/got" | sed 's/^/miss\t/'
    LC_ALL=C comm -13 "$TMP/want.sorted" "$TMP/got" | sed 's/^/extra\t/'
} >"$TMP/misses.tsv"
against_golden "$TMP/misses.tsv" "$SRC/tests/golden/phrasing-misses.tsv" "the missed and added events"
expected=$(wc -l <"$TMP/want.sorted")
found=$(LC_ALL=C comm -12 "$TMP/want.sorted" "$TMP/got" | wc -l)
echo "$found of $expected expected events found on $n sentences; $(grep -c '^extra' "$TMP/misses.tsv") added"
finish
