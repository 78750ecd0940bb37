for s in ["0", "-0", "+5", " 12 ", "1_000", "0x1F", "007", "1e3", "1.0", "", "  ", "12abc", "٣", "1__0", "_1"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("10", 2), ("12", 2), ("0", 0), ("00", 0), ("010", 0)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError:", e)
