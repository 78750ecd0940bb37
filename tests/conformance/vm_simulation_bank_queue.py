import random
random.seed(2024)
tellers = [0, 0]
waits = []
t = 0
for customer in range(20):
    t += random.randint(1, 4)
    service = random.randint(2, 6)
    i = min(range(len(tellers)), key=lambda k: tellers[k])
    start = max(t, tellers[i])
    waits.append(start - t)
    tellers[i] = start + service
print(waits, sum(waits), max(waits), round(sum(waits) / len(waits), 3), tellers)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand, sorted(hand), random.choice(deck), random.sample(deck, 3), round(random.random(), 10))
