"""The word count's scripts, each on storm-shellgen's runtime, in-process: no JVM, no Storm."""
import unittest

import shellgen_testing


class WordCountScriptsTest(unittest.TestCase):
    def test_the_splitter_emits_each_word_in_lower_case_anchored_to_its_sentence(self):
        with shellgen_testing.bolt("splitbolt.py", fields=["word"]) as splitter:
            sentence = shellgen_testing.tuple(["The cow's  Moon-light!"])
            emits = splitter.process(sentence)
            assert [e.values for e in emits] == [["the"], ["cow's"], ["moon"], ["light"]]
            assert all(e.anchors == [sentence] for e in emits)
            assert splitter.acked == [sentence]
            assert splitter.failed == []

    def test_the_counter_counts_each_word_it_is_given(self):
        with shellgen_testing.bolt("countbolt.py", fields=["word", "count"]) as counter:
            for word in ["moon", "cow", "moon"]:
                counter.process([word])
            assert counter.emitted() == [["moon", 1], ["cow", 1], ["moon", 2]]
            assert len(counter.acked) == 3

    def test_a_tuple_the_counter_cannot_read_is_failed_and_raises_where_it_happened(self):
        with shellgen_testing.bolt("countbolt.py", fields=["word", "count"]) as counter:
            try:
                counter.process([])  # no word
            except IndexError:
                pass
            else:
                raise AssertionError("the script's IndexError was not raised")
            assert len(counter.failed) == 1
            assert "IndexError" in counter.errors[0]
            counter.process(["moon"])  # a BasicBolt goes on with the next tuple
            assert counter.emitted() == [["moon", 1]]

    def test_the_spout_emits_each_sentence_once_and_again_when_it_fails(self):
        with open(shellgen_testing._find_script("sentences.txt", None), encoding="utf-8") as text:
            sentences = [line.strip() for line in text if line.strip()]
        with shellgen_testing.spout("sentencespout.py", fields=["sentence"]) as spout:
            first = spout.next_tuple()
            assert [(e.values, e.id) for e in first] == [([sentences[0]], 0)]
            spout.fail(0)
            assert spout.logs == [(2, "sentence 0 failed; emitting it again")]
            again = spout.next_tuple()
            assert [(e.values, e.id) for e in again] == [([sentences[0]], 0)]
            for _ in range(len(sentences) + 2):
                spout.next_tuple()
            assert spout.emitted() == [[sentences[0]]] + [[s] for s in sentences]

    def test_an_emit_that_does_not_match_the_declared_fields_is_refused_at_its_line(self):
        with shellgen_testing.bolt("splitbolt.py", fields=["word", "position"]) as splitter:
            try:
                splitter.process(["moon"])
            except Exception as e:
                assert type(e).__name__ == "EmitError"
                assert 'declares 2 fields ["word", "position"]'.replace('"', "'") in str(e)
            else:
                raise AssertionError("the emit of one value to a stream of two fields was not refused")
