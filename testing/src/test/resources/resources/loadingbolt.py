"""A bolt that loads for SLOW_START_SECS seconds (default 15) before it serves, as one loading a
model does: half while the script is imported, half in initialize(). Then it emits each word with
its upper-case form."""
import os
import time

import storm

LOAD_SECS = float(os.environ.get("SLOW_START_SECS", "15"))

time.sleep(LOAD_SECS / 2)
storm.log("loadingbolt: imported after %.0f s" % (LOAD_SECS / 2))


class LoadingBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        time.sleep(LOAD_SECS / 2)

    def process(self, tup):
        word = tup.values[0]
        storm.emit([word, word.upper()])


LoadingBolt().run()
