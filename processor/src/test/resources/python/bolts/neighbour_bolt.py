"""A bolt in a subfolder that imports a module next to it, run as __main__."""
import sys

import helper
import storm


class NeighbourBolt(storm.BasicBolt):
    def process(self, tup):
        storm.log("storm is %s; helper says %s; argv %r; name %s" % (
            storm.__file__, helper.GREETING, sys.argv, __name__))
        storm.emit([tup.values[0]])


if __name__ == "__main__":
    NeighbourBolt().run()
