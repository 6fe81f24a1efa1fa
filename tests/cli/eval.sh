# `polex eval` on the bundled corpora: the report is complete and the scores
# are above the floors we have reached (raise them as rules improve).
. "$(dirname "$0")/lib.sh"

for split in dev test; do
    "$POLEX" run -q --jsonl "$TMP/$split.jsonl" "$SRC/corpora/$split/docs"
    expect_exit 0 "$POLEX" eval --json "$SRC/corpora/$split/gold.jsonl" "$TMP/$split.jsonl"
    cp "$TMP/out" "$TMP/$split.score.json"
    expect_exit 0 "$POLEX" eval "$SRC/corpora/$split/gold.jsonl" "$TMP/$split.jsonl"
    for section in "type+action" "status accuracy" "jurisdiction accuracy" "false negatives"; do
        grep -q "$section" "$TMP/out" || fail "$split report lacks '$section'"
    done
    cat "$TMP/out" | head -20
done

# The dev split (rules are tuned on it) stays above a floor; raise it as rules improve.
python3 - "$SRC/corpora/dev/gold.jsonl" "$TMP/dev.score.json" <<'PY' || fail "eval scores below the floor"
import json, sys
score = json.load(open(sys.argv[2]))
floor_f1 = 0.85
print("dev F1 %.3f P %.3f R %.3f" % (score["f1"], score["precision"], score["recall"]))
lists = ["false_negatives", "false_positives", "status_mismatches",
         "jurisdiction_mismatches", "date_mismatches"]
bounded = all(isinstance(score[k], list) and len(score[k]) <= 20 for k in lists)
sys.exit(0 if score["f1"] >= floor_f1 and score["documents"] >= 20 and bounded else 1)
PY
finish
