def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_name


print(parse("12"))
print(parse("x"))
