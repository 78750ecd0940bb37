class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
r = R(1)
del r
print("after del r")
a = R(2)
b = a
del a
print("a deleted, b alive")
del b
print("b deleted")
def scope():
    x = R(3)
    print("in scope")
scope()
print("after scope")
def make():
    y = R(4)
    return y
m = make()
print("made", m.n)
class Holder:
    def __init__(self):
        self.parts = [R(5), R(6)]
    def __del__(self):
        print("holder del")
h = Holder()
del h
print("holder gone")
keep = R(7)
other = R(8)
def gen(n):
    try:
        yield n
    finally:
        print("gen cleanup", n)
g = gen(1)
next(g)
def first(it):
    for v in it:
        return v
print(first([2]))
print("end")
class Employee:
    count = 0
    def __init__(self, name):
        self.name = name
        Employee.count += 1
    def __del__(self):
        Employee.count -= 1
        print(f"{self.name} leaves; {Employee.count} left")
e1 = Employee("ann")
e2 = Employee("bob")
e3 = e2
print(Employee.count)
del e1
print(Employee.count)
del e2
print("bob still referenced by e3")
del e3
def team():
    members = [Employee("cy"), Employee("di")]
    return len(members)
print(team(), Employee.count)
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("node", self.name)
tree = Node("root", Node("mid", Node("leaf")))
del tree
print("tree gone")
survivor = Employee("ed")
print("last line")
holder = R(20)
holder = R(21)
print("rebound holder")
R(22)
print("temporary statement done")
