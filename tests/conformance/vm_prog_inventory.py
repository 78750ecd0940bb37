inventory = {}


def add(name, qty, price):
    item = inventory.setdefault(name, {"qty": 0, "price": price})
    item["qty"] += qty
    item["price"] = price


def remove(name, qty):
    if name not in inventory:
        raise KeyError(name)
    item = inventory[name]
    if item["qty"] < qty:
        raise ValueError(f"only {item['qty']} {name} left")
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]


add("apple", 10, 0.5)
add("pear", 4, 0.75)
add("apple", 5, 0.55)
remove("pear", 1)
for op in [lambda: remove("kiwi", 1), lambda: remove("pear", 10), lambda: remove("pear", 3)]:
    try:
        op()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
total = sum(i["qty"] * i["price"] for i in inventory.values())
print(inventory, f"total value: {total:.2f}")
report = "\n".join(f"{name:<8}{it['qty']:>4} x {it['price']:.2f}" for name, it in sorted(inventory.items()))
print(report)
