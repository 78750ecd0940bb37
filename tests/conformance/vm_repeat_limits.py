for e in ["'ab' * (2**62)", "'a' * (2**63)", "'a' * (2**40)", "len('' * (2**40))", "'a' * (-2**70)", "len('xy' * 3)"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
for e in ["[0] * (2**62)", "[0, 1] * (2**40)", "(0,) * (2**40)", "b'a' * (2**40)", "[1] * -5", "(1, 2) * 0", "b'ab' * 2", "bytearray(b'ab') * 2"]:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)
