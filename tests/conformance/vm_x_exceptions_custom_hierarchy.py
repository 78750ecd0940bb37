class ValidationError(Exception):
    def __init__(self, field, message):
        self.field = field
        super().__init__(f"{field}: {message}")
class RequiredError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class RangeError(ValidationError):
    pass
def validate(record):
    errors = []
    for field in ("name", "age"):
        try:
            if field not in record:
                raise RequiredError(field)
            if field == "age" and not 0 <= record["age"] <= 150:
                raise RangeError("age", f"{record['age']} out of range")
        except ValidationError as e:
            errors.append((type(e).__name__, e.field, str(e)))
    return errors
for rec in [{"name": "a", "age": 5}, {"age": 200}, {}]:
    print(validate(rec))
