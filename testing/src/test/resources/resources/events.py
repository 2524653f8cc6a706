"""A reliable spout of events for the window tests: events.<component id> in the configuration holds
[n, ts, pause_ms] triples; each becomes the tuple [n, ts] with n as its message id, emitted after
sleeping pause_ms. A failed tuple is emitted again."""
import time

import storm


class Events(storm.Spout):
    def initialize(self, conf, context):
        self.todo = [list(event) for event in conf.get("events." + context["componentid"], [])]
        self.todo.reverse()
        self.sent = {}

    def nextTuple(self):
        if not self.todo:
            time.sleep(0.01)
            return
        n, ts, pause = self.todo.pop()
        if pause:
            storm.flush()
            time.sleep(pause / 1000.0)
        self.sent[n] = [n, ts, 0]
        storm.emit([n, ts], id=n)

    def ack(self, id):
        self.sent.pop(id, None)

    def fail(self, id):
        self.todo.append(self.sent[id])


Events().run()
