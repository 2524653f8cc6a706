"""Word-count bolt: counts each word it receives and emits the word with its running count.

The topology groups by word, so each word reaches one task and its count is exact.
"""
from collections import Counter

import storm


class CountBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        self.counts: Counter[str] = Counter()

    def process(self, tup):
        word = tup.values[0]
        self.counts[word] += 1
        storm.emit([word, self.counts[word]])


CountBolt().run()
