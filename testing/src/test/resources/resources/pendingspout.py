"""Emits the numbers 0 to 299 once each, with a message id, and with each the number of its trees
that were pending (emitted, not yet acked or failed) when it was emitted; replays a failed one."""
import time

import storm

COUNT = 300


class PendingSpout(storm.Spout):
    def initialize(self, conf, context):
        self.next_n = 0
        self.pending = set()
        self.replays = []

    def nextTuple(self):
        if self.replays:
            n = self.replays.pop(0)
        elif self.next_n < COUNT:
            n = self.next_n
            self.next_n += 1
        else:
            time.sleep(0.05)
            return
        storm.emit([n, len(self.pending)], id=n)
        self.pending.add(n)

    def ack(self, id):
        self.pending.discard(id)

    def fail(self, id):
        self.pending.discard(id)
        self.replays.append(id)


PendingSpout().run()
