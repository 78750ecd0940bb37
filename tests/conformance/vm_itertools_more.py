import itertools as it
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.permutations(range(3))), len(list(it.product(range(3), repeat=3))))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.islice("abcdefg", 1, 6, 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.chain.from_iterable([[1], [2, 3]])), list(it.zip_longest([1, 2], "a")))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))], list(it.pairwise("abcd")))
print(list(it.islice(it.cycle("xy"), 5)), list(it.repeat(7, 3)), list(zip(it.count(1), "ab")))
