"""Passes each number on after 2 ms, so that the spout's trees pile up to its max pending."""
import time

import storm


class SlowBolt(storm.BasicBolt):
    def process(self, tup):
        time.sleep(0.002)
        storm.emit([tup.values[0]])


SlowBolt().run()
