def parse_age(s):
    age = int(s)
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age


for s in ["42", "7", "-3"]:
    print(parse_age(s))
