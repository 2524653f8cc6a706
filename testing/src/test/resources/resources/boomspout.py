"""Emits "boom" (which upperbolt.py always fails) with a message id, and replays it whenever it fails."""
import time

import storm


class BoomSpout(storm.Spout):
    def initialize(self, conf, context):
        self.due = True

    def nextTuple(self):
        if not self.due:
            time.sleep(0.01)
            return
        self.due = False
        storm.emit(["boom"], id="boom")

    def fail(self, id):
        self.due = True


BoomSpout().run()
