"""The scripts' own tests: each component on storm-shellgen's Python runtime, in-process, without a
JVM. `mvn verify` runs them (shellgen:python-test); `python3 -m pytest` runs them alone (or
`python3 -m unittest`, see README.md)."""
import unittest

import shellgen_testing


class SplitTest(unittest.TestCase):
    def test_emits_each_word_anchored_to_its_line(self):
        with shellgen_testing.bolt("split.py", fields=["word"]) as split:
            line = shellgen_testing.tuple(["to be or not"])
            emits = split.process(line)
            self.assertEqual([e.values for e in emits], [["to"], ["be"], ["or"], ["not"]])
            self.assertTrue(all(e.anchors == [line] for e in emits))
            self.assertEqual(split.acked, [line])


class CountTest(unittest.TestCase):
    def test_emits_a_running_count_per_word(self):
        with shellgen_testing.bolt("count.py", fields=["word", "count"]) as count:
            for word in ["be", "to", "be"]:
                count.process([word])
            self.assertEqual(count.emitted(), [["be", 1], ["to", 1], ["be", 2]])


class LineSpoutTest(unittest.TestCase):
    def test_emits_each_line_once_then_again_when_it_fails(self):
        with shellgen_testing.spout("linespout.py", fields=["line"]) as spout:
            first = spout.next_tuple()
            self.assertEqual(len(first), 1)
            self.assertEqual(first[0].id, 0)
            spout.fail(0)
            self.assertEqual(spout.next_tuple()[0].values, first[0].values)


if __name__ == "__main__":
    unittest.main()
