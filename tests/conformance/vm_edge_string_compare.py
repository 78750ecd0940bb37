words = ["banana", "Apple", "cherry", "apple", "Banana", "123", "_under", "zebra", "Zebra", "éclair"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(min(words), max(words), "a" < "B", "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < " ")
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print("apple".upper() == "APPLE", "ß".upper(), "İ".lower() if False else "skip", "Hello" == "hello")
