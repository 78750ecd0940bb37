import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.pstdev(data), round(statistics.stdev(data), 6))
print(statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.fmean([1, 2, 3]))
