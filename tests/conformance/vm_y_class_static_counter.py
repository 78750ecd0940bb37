class IdGen:
    _next = 0
    @staticmethod
    def peek():
        return IdGen._next
    @classmethod
    def take(cls):
        cls._next += 1
        return cls._next
print([IdGen.take() for _ in range(3)], IdGen.peek(), IdGen().take(), IdGen.peek())
