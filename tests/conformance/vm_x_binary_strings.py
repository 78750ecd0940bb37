for n in [5, 10, 255, 1023]:
    b = bin(n)[2:]
    print(n, b, b.zfill(12), int(b, 2), b.count("1"), n.bit_count(), format(n, "016b"), f"{n:#b}")
print(int("1010", 2) + int("0110", 2), bin(0b1010 ^ 0b0110), bin(~5 & 0xF))
