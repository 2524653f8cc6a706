"""Emits tinypkg's VALUE once, reliably: tinypkg comes from the packages vendored for the blob store."""
import time

import tinypkg

import storm


class Values(storm.Spout):
    def initialize(self, conf, context):
        self.sent = False

    def nextTuple(self):
        if self.sent:
            time.sleep(0.05)
            return
        self.sent = True
        storm.emit([tinypkg.VALUE], id=1)

    def fail(self, id):
        self.sent = False


Values().run()
