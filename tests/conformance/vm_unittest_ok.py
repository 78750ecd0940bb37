# unittest: a passing suite run through main(); setUp/tearDown order, cleanups, loaders.
import unittest


class Account:
    def __init__(self, balance=0):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


class AccountTests(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("class-setup")

    @classmethod
    def tearDownClass(cls):
        print("log:", cls.log)

    def setUp(self):
        self.acct = Account(100)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def test_withdraw(self):
        self.assertEqual(self.acct.withdraw(30), 70)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)

    def test_overdraw(self):
        with self.assertRaises(ValueError) as cm:
            self.acct.withdraw(500)
        self.assertEqual(str(cm.exception), "insufficient funds")
        self.assertRaisesRegex(ValueError, "insufficient", self.acct.withdraw, 1000)

    def test_containers(self):
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, {1, 2})
        self.assertCountEqual([3, 1, 2], [1, 2, 3])
        self.assertListEqual([1], [1])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertTupleEqual((1,), (1,))
        self.assertIsInstance(self.acct, Account)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertTrue([0])
        self.assertFalse("")
        self.assertGreaterEqual(2, 2)
        self.assertLessEqual(1, 2)
        self.assertRegex("hello world", r"w\w+")
        self.assertIs(True, True)
        self.assertIsNot([], [])
        self.assertNotEqual(1, 2)

    @unittest.skipIf(True, "always skipped")
    def test_skipped(self):
        raise AssertionError("not run")

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n * 2 % 2, 0)

    def helper_not_a_test(self):
        raise AssertionError("never collected")


def failing_messages():
    case = unittest.TestCase()
    checks = [
        lambda: case.assertEqual(1, 2),
        lambda: case.assertEqual([1, 2], [1, 2, 3]),
        lambda: case.assertEqual((1, 2), (1, 3)),
        lambda: case.assertEqual("abc\ndef\n", "abc\nxyz\n"),
        lambda: case.assertEqual("a", "b", "custom"),
        lambda: case.assertEqual(list(range(200)), list(range(1, 201))),
        lambda: case.assertEqual({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]}),
        lambda: case.assertEqual("x" * 100 + "a", "x" * 100 + "b"),
        lambda: case.assertEqual(10 ** 90, 10 ** 90 + 1),
        lambda: case.assertEqual({1}, {2}),
        lambda: case.assertNotIn(1, [1]),
        lambda: case.assertIsNot(None, None),
        lambda: case.assertIsNotNone(None),
        lambda: case.assertNotIsInstance(1, int),
        lambda: case.assertLessEqual(3, 2),
        lambda: case.assertGreaterEqual(1, 2),
        lambda: case.assertNotAlmostEqual(1.0, 1.0),
        lambda: case.assertRaises(KeyError, lambda: None),
        lambda: case.assertTrue(False, "with message"),
        lambda: case.fail("explicit"),
    ]
    for check in checks:
        try:
            check()
            print("no failure?")
        except AssertionError as e:
            print("AssertionError:", e)


failing_messages()
suite = unittest.TestLoader().loadTestsFromTestCase(AccountTests)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())

if __name__ == "__main__":
    unittest.main()
