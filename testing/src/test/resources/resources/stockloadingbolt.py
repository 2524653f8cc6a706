"""loadingbolt.py for Storm's own storm.py (runtime STOCK): loads for SLOW_START_SECS seconds
(default 15) while it is imported, then emits each word with its length."""
import os
import time

import storm

time.sleep(float(os.environ.get("SLOW_START_SECS", "15")))


class StockLoadingBolt(storm.BasicBolt):
    def process(self, tup):
        word = tup.values[0]
        storm.emit([word, len(word)])


StockLoadingBolt().run()
