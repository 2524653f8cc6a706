"""wordstats' partial counter: a storm.Bolt that acks its tuples itself, counts between tick tuples,
reads its conf and context, and updates metrics."""
import unittest

import shellgen_testing


class PartialCountTest(unittest.TestCase):
    def test_a_tick_emits_the_counts_since_the_last_one_anchored_to_their_tuples_and_acks_them(self):
        conf = {"topology.subprocess.timeout.secs": 90, "topology.shellbolt.max.pending": 64}
        with shellgen_testing.bolt("partialcount.py", conf=conf, task=7,
                                   fields=["word", "count", "counterTask"]) as counter:
            words = [shellgen_testing.tuple([w]) for w in ["moon", "cow", "moon"]]
            for word in words:
                self.assertEqual(counter.process(word), [])
            self.assertEqual(counter.acked, [])  # held until the tick

            emits = counter.tick()

            self.assertEqual([e.values for e in emits], [["moon", 2, 7], ["cow", 1, 7]])
            self.assertEqual(emits[0].anchors, [words[0], words[2]])
            self.assertEqual(counter.acked[:3], [words[0], words[2], words[1]])
            self.assertEqual(counter.acked[3].stream, "__tick")
            self.assertEqual(counter.metrics, [("words", 3), ("timeoutSecs", 90), ("maxPending", 64)])
            # Nothing since: the next tick emits nothing, and says so in its metrics.
            self.assertEqual(counter.tick(), [])
            self.assertEqual(counter.metrics[3:], [("timeoutSecs", 90), ("maxPending", 64)])
