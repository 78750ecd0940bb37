for n in [0, 7, -7, 255, 1024, 10 ** 12, -(2 ** 63)]:
    print(n, str(n), repr(n), bin(n), oct(n), hex(n), format(n, "x"), format(n, ","), f"{n:>15}")
print(int("101", 2), int("777", 8), int("ff", 16), int("z", 36), int("-42"), int("  +7 "))
print(str(3.0), str(-0.5), str(1e-9), str(1 / 4), repr(2.0 ** 60), str(10 ** 15 / 3))
print(chr(97) + chr(98), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 70)))
print(int(True), int(False), float(True), str(True), bool("False"), bool(0.0))
print(list(str(12345)), int("".join(reversed("123"))), sum(int(d) for d in str(2 ** 50)))
