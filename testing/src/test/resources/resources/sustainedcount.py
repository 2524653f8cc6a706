"""Counts words, emitting each new count."""
import collections

import storm


class CountBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        self.counts = collections.Counter()

    def process(self, tup):
        word = tup.values[0]
        self.counts[word] += 1
        storm.emit([word, self.counts[word]])


CountBolt().run()
