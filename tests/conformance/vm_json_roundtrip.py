import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}, "unicode": "ünï"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
back = json.loads(s)
print(back == data, back["dims"]["h"], type(back["tags"]).__name__)
print(json.loads("[1, 2.0, -3e2, \"x\", true, false, null, {}]"), json.dumps([1, (2, 3)]), json.dumps("quote\"s"))
for bad in ["{", "[1,]", "{'a': 1}", "01"]:
    try:
        json.loads(bad)
    except ValueError as e:
        print("error:", type(e).__name__)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
