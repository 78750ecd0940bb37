import json
data = {"name": "Alice", "age": 30, "scores": [1, 2.5, None, True, False], "nested": {"b": 1, "a": [{}]}, "e": "é\n\"q\""}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"a": [1, {"b": []}], "c": {}}, indent="\t"))
print(json.dumps({1: "int", 2.5: "f", True: "b", None: "n"}), json.dumps("\u2603\x01"), json.dumps(1e20), json.dumps(float("inf")))
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps({"p": P(3)}, default=lambda o: o.__dict__))
try:
    json.dumps({"p": P(3)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), json.dumps((1, 2)), json.dumps("x", indent=2))
s = '{"a": [1, 2, {"b": null}], "c": true, "d": 1.5e3, "e": "\\u00e9\\n", "f": -0, "g": 12345678901234567890}'
o = json.loads(s); print(o, type(o["d"]), type(o["g"]))
print(json.loads("[]"), json.loads(' "x" '), json.loads("3"), json.loads("NaN"), json.loads("-Infinity"))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', "[1] x", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.loads("{\n  \"a\": 1\n  \"b\": 2}")
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 2]', parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
print(json.loads('[1, 2]', parse_int=float), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))
print(json.dumps([1, [2, [3]]], indent=2, separators=(",", ": ")))
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}}, sort_keys=True))
rt = json.loads(json.dumps(data)); print(rt == data)
import io
buf = io.StringIO(); json.dump({"k": [1]}, buf); print(buf.getvalue()); print(json.load(io.StringIO('{"q": 2}')))
print(json.dumps(True), json.dumps(None), json.dumps(3.0), json.dumps(0.1), json.dumps(-5), json.dumps([]), json.dumps({}), json.dumps({}, indent=2), json.dumps([], indent=2))
