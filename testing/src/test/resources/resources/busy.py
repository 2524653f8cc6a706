"""Emits each word it receives, then (from the second tuple on) computes for ever without reading
its input again: a process that would never notice its worker has gone."""
import storm


class Busy(storm.BasicBolt):
    def initialize(self, conf, context):
        self.seen = 0

    def process(self, tup):
        self.seen += 1
        if self.seen > 1:
            while True:
                pass
        storm.emit(tup.values)


Busy().run()
