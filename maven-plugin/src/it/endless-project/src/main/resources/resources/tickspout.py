import itertools
import time

import storm


class TickSpout(storm.Spout):
    def initialize(self, conf, context):
        self.ticks = itertools.count()

    def nextTuple(self):
        time.sleep(0.1)
        tick = next(self.ticks)
        storm.emit([tick], id=tick)


TickSpout().run()
