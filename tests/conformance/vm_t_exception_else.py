def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    except TypeError as e:
        print("bad types:", e)
        return None
    else:
        print("ok", r)
        return r
    finally:
        print("done", a, b)
print(divide(6, 3), divide(1, 0), divide("a", 1))
