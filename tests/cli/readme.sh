# Every `polex ...` line in README.md's sh blocks runs and succeeds (exit 0, or
# 1 when documents became error records), so the README cannot rot.
. "$(dirname "$0")/lib.sh"

ln -s "$SRC/corpora" "$TMP/corpora"
ln -s "$SRC/rules" "$TMP/rules"
mkdir -p "$TMP/bin"
ln -s "$POLEX" "$TMP/bin/polex"
cd "$TMP" || exit 1
awk '/^```sh$/ {inside = 1; next} /^```$/ {inside = 0} inside && /^polex / {print}' \
    "$SRC/README.md" | sed 's/ *#.*$//' >examples.sh
n=$(wc -l <examples.sh)
[ "$n" -ge 8 ] || fail "only $n polex examples found in README.md"
while IFS= read -r line; do
    PATH="$TMP/bin:$PATH" sh -c "$line" >/dev/null 2>"$TMP/example.err"
    rc=$?
    [ "$rc" -le 1 ] || fail "README example '$line' exited $rc: $(head -c 300 "$TMP/example.err")"
done <examples.sh
finish
