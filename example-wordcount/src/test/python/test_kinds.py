"""The windowed, stateful and batch scripts of the example, on the runtime's own loops."""
import unittest

import shellgen_testing


class WindowedStatefulAndBatchScriptsTest(unittest.TestCase):
    def test_trending_emits_each_windows_three_most_used_words(self):
        with shellgen_testing.bolt("trending.py", fields=["start", "end", "word", "count"]) as trending:
            first = shellgen_testing.tuple(["storm storm python"])
            second = shellgen_testing.tuple(["python rocks"])
            trending.window([first, second], start=0, end=20000)
            assert trending.emitted() == [[0, 20000, "python", 2], [0, 20000, "storm", 2], [0, 20000, "rocks", 1]]
            # The next window: the first post has left it, a new one came.
            emits = trending.window([second, shellgen_testing.tuple(["rocks rocks"])], start=10000, end=30000)
            assert [e.values for e in emits] == [[10000, 30000, "rocks", 3], [10000, 30000, "python", 1]]
            assert len(trending.acked) == 2

    def test_the_stateful_count_is_exact_after_a_rollback(self):
        with shellgen_testing.bolt("statefulcount.py", fields=["word", "count"], state={"moon": 5}) as counter:
            counter.process([1, "the moon"])
            assert counter.emitted() == [["the", 1], ["moon", 6]]
            assert counter.checkpoint() == {"the": 1, "moon": 6, "#1": True}
            counter.process([2, "moon"])  # counted, but not checkpointed ...
            counter.rollback()  # ... when the worker crashes: Storm replays sentence 2
            counter.process([2, "moon"])
            assert counter.emitted()[-1] == ["moon", 7]
            counter.process([2, "moon"])  # a replay of a sentence counted already is left out
            assert counter.emitted()[-1] == ["moon", 7]
            counter.checkpoint()
            assert counter.committed == {"the": 1, "moon": 7, "#1": True, "#2": True}

    def test_a_stateful_tuple_that_raises_leaves_the_state_as_it_was(self):
        with shellgen_testing.bolt("statefulcount.py", fields=["word", "count"], raise_errors=False) as counter:
            counter.process([1, None])  # lower() of None raises
            assert len(counter.failed) == 1 and "AttributeError" in counter.errors[0]
            assert counter.checkpoint() == {}

    def test_the_scorer_scores_a_batch_and_anchors_each_score_to_its_event(self):
        try:  # the vendored numpy (target/classes/resources/site-packages), built for the build's python3
            import numpy as np
            import scoring_model
        except ImportError as e:
            self.skipTest("numpy does not import on this Python: %s" % e)

        events = [shellgen_testing.tuple(["e%d" % i, [float(i + j) / 16 for j in range(16)]]) for i in range(3)]
        with shellgen_testing.bolt("scorer.py", fields=["id", "score"]) as scorer:
            emits = scorer.batch(events)
            expected = scoring_model.score(np.array([e.values[1] for e in events])).tolist()
            assert [e.values for e in emits] == [["e%d" % i, expected[i]] for i in range(3)]
            assert [e.anchors for e in emits] == [[e] for e in events]
            assert scorer.acked == events
