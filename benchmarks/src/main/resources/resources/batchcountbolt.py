"""Benchmark bolt: countbolt.py as a batch bolt: counts the words of a batch and emits each word's
running count once per batch, anchored to that word's tuples of the batch.

The topology groups by word, so each word reaches one task and its count is exact.
"""
from collections import Counter

import storm


class CountBolt(storm.BatchBolt):
    def initialize(self, conf, context):
        self.counts = Counter()

    def process(self, batch):
        counts = self.counts
        by_word = {}
        for tup in batch:
            word = tup.values[0]
            counts[word] += 1
            tuples = by_word.get(word)
            if tuples is None:
                by_word[word] = [tup]
            else:
                tuples.append(tup)
        emit = storm.emit
        for word, tuples in by_word.items():
            emit([word, counts[word]], anchors=tuples)


CountBolt().run()
