#!/usr/bin/env python3
"""Builds the frozen halves of the blind evaluation set from the writers' and labellers' files in source/.

Each item's text and turns come from the writer (source/raw/W*.jsonl), its category and labels from the labeller
(source/labels/L*.jsonl), who never saw the bot's answers. Items are split into two halves, stratified by writer and
category: within each group, items sorted by the SHA-256 of their id alternate dev, test, dev, ... The output is
dev.jsonl, test.jsonl and MANIFEST.sha256; tuning reads dev only. Run: python3 build.py (no arguments).

Later label updates (source/labels/U*.jsonl, one line per item: add_expected, add_acceptable, note) map messages to
articles written after the set was frozen, decided blind from the message and the new articles' titles. An added
expected id becomes the expected answer and the old expected ids stay acceptable; a NEW label is replaced."""
import hashlib
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
raw = {}
for path in sorted((here / "source" / "raw").glob("W*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            raw[item["id"]] = item
labels = {}
for path in sorted((here / "source" / "labels").glob("L*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            assert item["id"] not in labels, "labelled twice: " + item["id"]
            labels[item["id"]] = item
for path in sorted((here / "source" / "labels").glob("U*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        update = json.loads(line)
        label = labels[update["id"]]
        old_expected = [e for e in label.get("expected") or [] if e != "NEW"]
        acceptable = list(label.get("acceptable") or [])
        if update.get("add_expected"):
            label["expected"] = list(update["add_expected"])
            acceptable = old_expected + acceptable
        acceptable += update.get("add_acceptable") or []
        label["acceptable"] = [a for i, a in enumerate(acceptable) if a not in acceptable[:i] and a not in label["expected"]]
        if update.get("note"):
            label["note"] = ((label.get("note") or "") + " | update: " + update["note"]).strip(" |")
missing = sorted(set(raw) - set(labels))
assert not missing, "not labelled: " + ", ".join(missing[:10])

cases = []
for case_id, item in raw.items():
    label = labels[case_id]
    turns = item["turns"] if "turns" in item else [item["text"]]
    category = label["category"]
    if category == "crisis" and not label.get("crisis"):
        raise SystemExit("crisis without a crisis label: " + case_id)
    cases.append({
        "id": case_id,
        "category": category,
        "turns": turns,
        "expected": label.get("expected") or [],
        "acceptable": label.get("acceptable") or [],
        "facts": label.get("facts") or [],
        "crisis": label.get("crisis"),
        "note": label.get("note") or "",
        "writer_category": item.get("category"),
        "industry": item.get("industry"),
        "register": item.get("register"),
    })

groups = {}
for case in cases:
    groups.setdefault((case["id"].split("-")[0], case["category"]), []).append(case)
halves = {"dev": [], "test": []}
for key in sorted(groups):
    ordered = sorted(groups[key], key=lambda c: hashlib.sha256(c["id"].encode()).hexdigest())
    for i, case in enumerate(ordered):
        half = "dev" if i % 2 == 0 else "test"
        halves[half].append(dict(case, half=half))

manifest = []
for half, items in halves.items():
    items.sort(key=lambda c: c["id"])
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in items)
    (here / f"{half}.jsonl").write_text(text, encoding="utf-8")
    manifest.append(f"{hashlib.sha256(text.encode()).hexdigest()}  {half}.jsonl")
    counts = {}
    for c in items:
        counts[c["category"]] = counts.get(c["category"], 0) + 1
    print(half, len(items), dict(sorted(counts.items())))
(here / "MANIFEST.sha256").write_text("\n".join(manifest) + "\n", encoding="utf-8")
