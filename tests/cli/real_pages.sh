# Real pages: the 88 news, magazine and blog pages of ../shared/data/html-devset
# are almost all off the pack's domain, so every event polex finds there is a
# false one until shown otherwise. The events found (document, rule, evidence
# span; never the pages' text) are kept in tests/golden/real-pages.tsv, so a
# rule that starts firing on real off-topic prose shows up in review.
# Regenerate after a reviewed change with: POLEX_GOLDEN_UPDATE=1 ctest -R real_pages
. "$(dirname "$0")/lib.sh"

pages="$SRC/../shared/data/html-devset/html"
if [ ! -d "$pages" ]; then
    echo "skipped: $pages is absent (it lives beside the project, not in it)"
    exit 77
fi
mkdir -p "$TMP/pages"
n=0
for page in "$pages"/*.html.gz; do
    gzip -dc "$page" >"$TMP/pages/$(basename "$page" .gz)" || fail "cannot read $page"
    n=$((n + 1))
done
[ "$n" -ge 50 ] || fail "only $n real pages"

want="$SRC/tests/golden/real-pages.tsv"
"$POLEX" run -q --jsonl "$TMP/events.jsonl" "$TMP/pages" || fail "polex run failed on the real pages"
sed -n 's/.*"doc_id":"\([0-9a-f]*\)".*"evidence":{"text":.*"start":\([0-9]*\),"end":\([0-9]*\)},"rule":"\([^"]*\)".*/\1\t\4\t\2\t\3/p' \
    "$TMP/events.jsonl" | LC_ALL=C sort >"$TMP/got.tsv"
[ "$(wc -l <"$TMP/got.tsv")" -eq "$(grep -c . "$TMP/events.jsonl")" ] ||
    fail "could not read every event of the real pages"
against_golden "$TMP/got.tsv" "$want" "the events on real pages"
finish
