def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n
print([digit_sum(n) for n in [0, 7, 123, -456, 2 ** 64]], [digital_root(n) for n in [16, 942, 132189, 493193]])
print(sum(map(int, str(2 ** 1000))), max(range(1, 1000), key=digit_sum))
