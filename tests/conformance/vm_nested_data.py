data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 30},
        {"name": "bob", "roles": ["dev"], "age": 25},
        {"name": "cy", "roles": [], "age": 41},
    ],
    "meta": {"version": (1, 2), "tags": {"x", "y"} and sorted({"x", "y"})},
}
print(data["users"][0]["roles"][1], data["meta"]["version"][0], len(data["users"]))
devs = [u["name"] for u in data["users"] if "dev" in u["roles"]]
print(devs, sum(u["age"] for u in data["users"]) / len(data["users"]))
by_role = {}
for u in data["users"]:
    for r in u["roles"] or ["none"]:
        by_role.setdefault(r, []).append(u["name"])
print(by_role)
oldest = max(data["users"], key=lambda u: u["age"])
print(oldest, sorted(data["users"], key=lambda u: (len(u["roles"]), u["name"]))[0]["name"])
import copy
clone = copy.deepcopy(data)
clone["users"][0]["roles"].append("ops")
print(data["users"][0]["roles"], clone["users"][0]["roles"], clone == data)
print(data)
