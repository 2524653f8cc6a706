"""Emits sentences for ever, as fast as it is asked, each with a message id; replays a failed one."""
import itertools

import storm

SENTENCES = ["the quick brown fox jumps over the lazy dog", "a storm of words in a stream of tuples",
             "python bolts count words while java watches", "every tree acked and none failed"]


class SustainedSpout(storm.Spout):
    def initialize(self, conf, context):
        self.ids = itertools.count()
        self.replays = []

    def nextTuple(self):
        index = self.replays.pop() if self.replays else next(self.ids)
        storm.emit([SENTENCES[index % len(SENTENCES)]], id=index)

    def fail(self, id):
        self.replays.append(id)


SustainedSpout().run()
