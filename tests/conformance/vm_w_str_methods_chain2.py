s = "Hello, World! Hello, Universe!"
print(s.lower().count("hello"), s.replace("Hello", "Bye", 1), s.split("!")[0].split(", "), s[::-1][:6])
print("_".join(s.lower().replace(",", "").replace("!", "").split()), s.title().swapcase()[:12])
print(s.partition(",")[2].strip(), s.rpartition("Hello")[2], s.find("World", 5, 20), s.index("!"))
print(s.center(40, "*"), s.ljust(35, ".") + "|", s.rjust(35) + "|")
