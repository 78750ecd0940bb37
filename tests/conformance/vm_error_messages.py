tests = r'''
1 + 'a'
'a' + 1
[] + ()
1 < 'a'
None + 1
len(5)
int('abc')
int('')
float('x')
[1, 2][5]
(1,)[3]
'abc'[10]
{}['missing']
{'a': 1}[0]
[].pop()
[1].remove(2)
[1, 2].index(9)
'abc'.index('z')
1 / 0
1 // 0
1 % 0
1.0 / 0
2 ** -1 / 0
int(float('inf'))
int(float('nan'))
x_undefined
(1).foo
'abc'.nope
None.x
5()
'abc'()
hash([])
{[]: 1}
{{1}}
iter(5)
next(iter([]))
max([])
min(1)
sorted([1, 'a'])
chr(-1)
ord('ab')
divmod(1, 0)
tuple(5)
list(None)
dict([1, 2])
dict([(1, 2, 3)])
set([[1]])
'x' * 'y'
[1] * 1.5
abs('x')
-'x'
~1.5
range(1.5)
range(1, 2, 0)
'{}{}'.format(1)
'{0}{}'.format(1, 2)
'%d' % 'x'
'%s %s' % ('a',)
'%s' % ('a', 'b')
format(1.5, 'd')
format('x', '>+5')
int('12', 1)
[].sort(1)
getattr(1, 'x')
setattr(1, 'x', 2)
object().x
type('A', (), {})().missing
'a'.join([1])
b'a' + 'b'
zip(1)
map(1)
a, b = [1]
a, b = [1, 2, 3]
a, b = 1
print(sep=1)
isinstance(1, 1)
issubclass(1, int)
str.upper(1)
list.append(1, 2)
'abc'.split('')
'a'.center(5, 'ab')
frozenset().add
'abc'.encode('nope')
(1, 2) < (1, 'a')
import_x = __import__('no_such_module')
'''.strip().split('\n')
for t in tests:
    try:
        if '=' in t and not t.startswith("'") and '==' not in t and 'sep=' not in t:
            exec(t)
            print(t, '=> ok')
        else:
            print(t, '=>', repr(eval(t)))
    except Exception as ex:
        print(t, '=>', type(ex).__name__ + ':', ex)
