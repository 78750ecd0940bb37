print("x")
match 5:
    case n:
        pass
    case 1:
        pass
