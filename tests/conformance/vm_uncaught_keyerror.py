inventory = {"apple": 3}
print(inventory["apple"])
print(inventory["pear"])
