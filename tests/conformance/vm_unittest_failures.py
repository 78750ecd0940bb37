# unittest: results, skips, expected failures, subtests, assertion messages; the run fails.
import unittest

class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def setUp(self):
        self.x = 2
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_add(self):
        """Adds numbers."""
        self.assertEqual(self.x + 2, 4)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        raise ValueError("boom")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__)
        self.assertRaises(KeyError, lambda: {}["a"])
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_msgs(self):
        for f in [lambda: self.assertTrue(0), lambda: self.assertIn(1, [2]), lambda: self.assertIsNone(3),
                  lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertGreater(1, 2), 
                  lambda: self.assertIsInstance(1, str), lambda: self.assertCountEqual([1, 1], [1]), lambda: self.assertNotEqual(1, 1),
                  lambda: self.assertEqual(1, 2), lambda: self.assertFalse(1), lambda: self.assertIs(1, None), lambda: self.assertRegex("abc", "x")]:
            try:
                f()
            except AssertionError as e:
                print("AE:", e)

if __name__ == "__main__":
    unittest.main(verbosity=2)
