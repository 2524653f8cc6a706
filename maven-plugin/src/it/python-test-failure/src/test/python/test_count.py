import unittest

import shellgen_testing


class CountTest(unittest.TestCase):
    def test_counts_a_word(self):
        with shellgen_testing.bolt("count.py", fields=["word", "count"]) as count:
            count.process(["be"])
            self.assertEqual(count.emitted(), [["be", 1]])

    def test_a_wrong_expectation(self):
        with shellgen_testing.bolt("count.py", fields=["word", "count"]) as count:
            count.process(["be"])
            assert count.emitted() == [["be", 2]]
