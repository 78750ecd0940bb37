class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance})"


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


a, b = Account("ann", 100), Account("bob")
transfer(a, b, 40)
for amt in (70, -5):
    try:
        if amt < 0:
            b.deposit(amt)
        else:
            transfer(a, b, amt)
    except InsufficientFunds as e:
        print("failed:", e, e.needed - e.available)
    except ValueError as e:
        print("invalid:", e)
print(a, b, a.history, b.history)
accounts = sorted([a, b, Account("cy", 75)], key=lambda acc: acc.balance, reverse=True)
print([acc.owner for acc in accounts], sum(acc.balance for acc in accounts))
