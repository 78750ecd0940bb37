import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.fields, u.time_low, u.node, u.urn)
print(u.bytes, u.bytes_le)
print(uuid.UUID("{12345678123456781234567812345678}") == u, uuid.UUID(bytes=u.bytes) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x").version)
a = uuid.uuid4()
print(a.version, a.variant, len(str(a)), a == uuid.UUID(str(a)), a != uuid.uuid4())
b = uuid.uuid1()
print(b.version, len(b.hex))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))))
print(uuid.UUID(int=1, version=4))
print(str(uuid.NAMESPACE_DNS), uuid.RFC_4122)
for bad in ["xyz", "12345678-1234-5678-1234-56781234567g"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.foo = 1
except TypeError as e:
    print("TypeError:", e)
print({u: 1}[uuid.UUID(u.hex)])
