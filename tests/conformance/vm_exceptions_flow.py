def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
        print("no exception")
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(3):
    print("->", f(i))
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", repr(e))
nested()
def reraise():
    try:
        int("x")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("reraised:", e)
try:
    try:
        raise TypeError("a")
    except TypeError as e:
        raise ValueError("b") from None
except ValueError as e:
    print(e, e.__cause__, e.__context__ is not None, e.__suppress_context__)
errors = []
for v in ["1", "x", None, "3"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
print(sum(1 for _ in range(3) if True))
