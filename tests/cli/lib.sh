# Shared helpers for the CLI tests. Usage: . lib.sh (after setting POLEX, SRC, TMP).
set -u
POLEX=$1
SRC=$2
TMP=$3
rm -rf "$TMP"
mkdir -p "$TMP"
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_exit CODE CMD...: runs CMD, checks its exit status.
expect_exit() {
    want=$1
    shift
    "$@" >"$TMP/out" 2>"$TMP/err"
    got=$?
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, want $want: $(head -c 400 "$TMP/err")"
}

# against_golden GOT WANT WHAT: GOT must equal WANT; with
# POLEX_GOLDEN_UPDATE=1 (after a reviewed change) WANT becomes GOT.
against_golden() {
    if [ "${POLEX_GOLDEN_UPDATE:-}" = 1 ]; then
        cp "$1" "$2"
    elif ! cmp -s "$1" "$2"; then
        fail "$3 changed (< was, > now): $(diff "$2" "$1" | grep '^[<>]' | head -8)"
    fi
}

# sentence_docs TSV DIR: one document DIR/<id>.txt per line of TSV ("#"
# comments; fields: id, ..., ..., sentence).
sentence_docs() {
    awk -F'\t' -v dir="$2" '!/^#/ && NF >= 4 { f = dir "/" $1 ".txt"; print $4 > f; close(f) }' "$1"
}

# doc_names DIR: sorted "doc_id name" lines of the .txt documents under DIR,
# to name the document of each event.
doc_names() {
    "$POLEX" ingest "$1" | sed -n 's/.*"doc_id":"\([0-9a-f]*\)","source":"[^"]*\/\([^"/]*\)\.txt".*/\1 \2/p' |
        LC_ALL=C sort
}

finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures failure(s)" >&2
        exit 1
    fi
    echo "ok"
    exit 0
}
