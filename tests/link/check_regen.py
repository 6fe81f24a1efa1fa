#!/usr/bin/env python3
"""Regenerates the gazetteer from ../shared into a temporary folder and checks
that it equals the committed rules/gazetteer files. Exit 77 (skip) when the
shared data is absent."""
import filecmp
import os
import subprocess
import sys
import tempfile

rules, shared = sys.argv[1], sys.argv[2]
src = os.path.join(shared, "data", "jurisdictions")
if not os.path.isdir(src):
    print("SKIP: %s is absent" % src)
    sys.exit(77)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(rules, "gazetteer", "build_gazetteer.py"), src, tmp],
                   check=True)
    for name in ("jurisdictions.tsv", "common_names.txt"):
        if not filecmp.cmp(os.path.join(tmp, name), os.path.join(rules, "gazetteer", name),
                           shallow=False):
            print("FAIL: regenerated %s differs from the committed one" % name)
            sys.exit(1)
print("ok: committed gazetteer equals a fresh build")
