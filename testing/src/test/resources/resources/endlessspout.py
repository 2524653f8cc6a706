"""Emits "again" every 50 ms, for ever, with a message id: a topology whose input never ends."""
import itertools
import time

import storm


class EndlessSpout(storm.Spout):
    def initialize(self, conf, context):
        self.ids = itertools.count()

    def nextTuple(self):
        time.sleep(0.05)
        storm.emit(["again"], id=next(self.ids))


EndlessSpout().run()
