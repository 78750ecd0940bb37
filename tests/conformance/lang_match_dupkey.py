print("before")
match {"x": 1}:
    case {"x": 1, "x": 2}:
        pass
