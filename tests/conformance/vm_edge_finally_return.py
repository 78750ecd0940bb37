def f():
    try:
        return 1
    finally:
        print("finally in f")
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
def k():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
def m():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def n():
    while True:
        try:
            break
        finally:
            print("break finally")
    return "after loop"
print(f(), g(), h(), k(), m(), n())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("done")
