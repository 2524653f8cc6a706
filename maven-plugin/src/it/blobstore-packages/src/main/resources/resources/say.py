"""Says the value it was given, and where tinypkg came from."""
import os

import tinypkg

import storm


class Say(storm.BasicBolt):
    def process(self, tup):
        storm.log("tinypkg %s from %s" % (tup.values[0], os.path.dirname(os.path.dirname(tinypkg.__file__))))
        storm.emit([tup.values[0]])


Say().run()
