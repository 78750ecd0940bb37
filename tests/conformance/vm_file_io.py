with open("taipan_test_file.txt", "w") as f:
    print(f.write("line one\n"), f.closed)
    f.write("line two\n")
    f.writelines(["three\n", "four\n"])
print(f.closed)
with open("taipan_test_file.txt") as f:
    print(f.readline(), end="")
    print(f.read())
with open("taipan_test_file.txt", "a") as f:
    f.write("five\n")
with open("taipan_test_file.txt") as f:
    lines = [l.rstrip("\n") for l in f]
print(lines, len(lines))
print(open("taipan_test_file.txt").readlines()[-1])
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
