exprs = r'''
7 // -2
-7 // 2
7 % -3
-7.5 // 2
-7.5 % 2
2 ** 100
2 ** -2
(-2) ** 3
pow(3, 4, 5)
pow(3, -1, 7)
divmod(7.5, 2)
1 / 3
10 / 4
2 ** 0.5
round(0.125, 2)
round(0.375, 2)
round(2.675, 2)
round(-1.5)
round(123.456, -1)
int(3.99)
int(-3.99)
float(10**20)
10**20 / 3
str(1.0)
str(1e100)
str(1.5e-10)
repr(0.1)
1e300 * 1e10
-1e300 * 1e10
3 * 'ab'
'%5.2f|%-5d|%05d|%x|%o|%e|%g|%r|%s' % (3.14159, 42, 42, 255, 8, 12345.678, 0.0001, 'a', [1])
'%(a)s-%(b)d' % {'a': 'x', 'b': 3}
format(1234567.891, ',.2f')
format(0.5, '%')
format(42, 'b')
format(-42, '+08d')
format(3.0, 'g')
format(1e-5, '.3g')
format(123456789, 'e')
format(12.5, '.0f')
format(13.5, '.0f')
'{0}{1}{0}'.format('a', 'b')
'{:^10.3}'.format('abcdef')
'{!r:>6}'.format('x')
'{a[0]}{b.real}'.format(a=[9], b=2)
f'{12345:_}'
f'{-0.0}'
f'{1e16}'
f'{123.0:.1e}'
'abc'.center(8, '*')
'abc'.center(9, '*')
'  hello  '.rstrip()
'Hello World'.swapcase()
'hello world'.title()
"don't".title()
'a,b,,c'.split(',')
'a b  c'.split(None, 1)
' a b '.rsplit(None, 1)
'abc'.partition('b')
'aaa'.replace('a', 'b', 2)
'abcabc'.rfind('b')
'abc'.zfill(6)
'-42'.zfill(6)
'tab\there'.expandtabs(4)
'Hello'.startswith(('x', 'H'))
'abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), ' '.isspace(), 'ABC'.isupper()
'x'.join(['1', '2', '3'])
'straße'.upper()
'ǅ'.lower()
list('abc')
sorted('hello')
[1, 2, 3] * 2
[[0] * 2] * 2
(1, 2) + (3,)
[1, 2, 3].index(2)
[3, 1, 2].sort()
sorted([(1, 'b'), (1, 'a'), (0, 'z')])
sorted(['b', 'A', 'c'], key=str.lower)
list(reversed(range(5)))
{1: 'a', 2: 'b'}.get(3, 'z')
dict.fromkeys('ab', 0)
{'a': 1} | {'b': 2}
list({'x': 1, 'y': 2}.items())
{3, 1, 2} | {5, 4}
{1, 2, 3} & {2, 3, 4}
{1, 2, 3} - {2}
{1, 2} ^ {2, 3}
frozenset([3, 1])
set()
{10, 5, 100, 33, 7}
set(range(15, -5, -2))
{-1, -2, -3}
{(1, 2), (0, 1)}
{1.5, 2.5, 0.5}
len({'a', 'b', 'a'})
bool([]), bool([0]), bool(''), bool(0.0), bool(None)
type(1 == 1.0), 1 == 1.0, hash(1) == hash(1.0)
hash(-1), hash(0.5), hash((1, 2)), hash(2**100), hash(-2**63)
int('1_000'), int('-0x1f', 16), int('z', 36)
abs(-5), abs(-0.0), abs(True)
max(1, 2.5), min([[1], [0, 5]]), max('abc', 'b')
sum([1.5, 2.5]), sum([[1], [2]], [])
list(zip('ab', range(5)))
list(map(pow, [2, 3], [3, 2]))
any(x > 2 for x in [1, 3]), all(x > 0 for x in [1, -1])
chr(65) + chr(0x1F600)
len('😀a'), '😀a'[0], '😀a'[1:]
isinstance(1, (str, int)), isinstance([], list)
callable(len), callable(1)
getattr(1, 'real'), hasattr([], 'append')
bin(10), oct(-9), hex(-255)
True + True, True * 3, -True, ~True
(1).bit_length(), (255).bit_length(), (-1).bit_length()
(1024).to_bytes(2, 'big'), int.from_bytes(b'\x04\x00', 'big')
0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9
float('inf') > 10**400, float('nan') == float('nan')
1 < 2.5, 10**20 > 1e19, 2**53 + 1 > 2.0**53
3.0.is_integer(), (2.5).as_integer_ratio()
(0.1).hex()
range(10)[::-2]
list(range(0))
'abc'[5:], 'abc'[-10:2]
[1, 2, 3][-1:-10:-1]
'ab' in 'cabd', 3 in [1, 2, 3], 'k' in {'k': 1}
None is None, [] is [], 1 is not None
'\x00\x7f\x80\u2028é'
b'\x00a\'"'
'a\\b'
'''.strip().split('\n')
for e in exprs:
    try:
        print(e, '=>', repr(eval(e)))
    except Exception as ex:
        print(e, '=>', type(ex).__name__, ex)
