# Off-topic look-alikes: tests/offtopic/*.txt holds sentences that read like
# the pack's events but are none (other subjects, other countries, no legal
# act). Each runs as a document of its own, so the topic filter cannot save
# it: the rules alone must stay quiet. The few that still fire are a reviewed
# list, tests/golden/offtopic-lookalikes.tsv (sentence id, rule); a rule that
# starts firing on another fails this test until it is narrowed or the list
# is reviewed and regenerated: POLEX_GOLDEN_UPDATE=1 ctest -R offtopic
. "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/docs"
for set in "$SRC"/tests/offtopic/*.txt; do
    sentence_docs "$set" "$TMP/docs"
done
n=$(ls "$TMP/docs" | wc -l)
[ "$n" -ge 100 ] || fail "only $n look-alike sentences"

"$POLEX" run -q --jsonl "$TMP/events.jsonl" "$TMP/docs" || fail "polex run failed on the look-alikes"
# event -> its document's file name, through the doc ids of a second run's documents
doc_names "$TMP/docs" >"$TMP/ids"
sed -n 's/.*"doc_id":"\([0-9a-f]*\)".*"rule":"\([^"]*\)".*/\1 \2/p' "$TMP/events.jsonl" | LC_ALL=C sort |
    LC_ALL=C join "$TMP/ids" - | awk '{ print $2 "\t" $3 }' | LC_ALL=C sort >"$TMP/got.tsv"
[ "$(wc -l <"$TMP/got.tsv")" -eq "$(grep -c . "$TMP/events.jsonl")" ] ||
    fail "could not name the sentence of every event"
want="$SRC/tests/golden/offtopic-lookalikes.tsv"
against_golden "$TMP/got.tsv" "$want" "the look-alikes that fire"
echo "$(wc -l <"$TMP/got.tsv") events on $n look-alike sentences"
finish
