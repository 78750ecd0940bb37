rows = [{"id": 3, "tag": "b"}, {"id": 1, "tag": "a"}, {"id": 2, "tag": "b"}]
print(sorted(rows, key=lambda r: r["id"]), [r["id"] for r in rows if r["tag"] == "b"])
by_tag = {}
for r in rows:
    by_tag.setdefault(r["tag"], []).append(r["id"])
print(by_tag, {t: sorted(ids) for t, ids in by_tag.items()}, max(rows, key=lambda r: r["id"])["tag"])
