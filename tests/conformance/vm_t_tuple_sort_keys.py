students = [("ann", "B", 88), ("bob", "A", 92), ("cy", "B", 75), ("di", "A", 92)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted(students, key=lambda s: s[2], reverse=True)[0], min(students, key=lambda s: s[2])[0])
grades = {}
for name, grade, score in students:
    grades.setdefault(grade, []).append(score)
print({g: sum(v) / len(v) for g, v in sorted(grades.items())})
