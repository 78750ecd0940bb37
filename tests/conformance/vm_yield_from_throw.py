def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"sub handled {e}"
        return "sub-ret"
def dele():
    r = yield from sub()
    yield f"got {r}"
d = dele()
print(next(d), d.throw(ValueError("x")), next(d))
def sub2():
    yield 1
def dele2():
    try:
        yield from sub2()
    except KeyError as e:
        yield f"dele2 caught {e}"
d2 = dele2()
print(next(d2), d2.throw(KeyError("k")))
