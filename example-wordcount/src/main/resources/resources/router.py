"""wordstats router: sends each long word straight to one task of the report bolt.

The report's component id comes from conf["wordstats.route.to"], its tasks from the handshake's
context ("task->component"). The router takes them in turn and emits (word, task, folder it runs
in) to that task with emitDirect, on the direct stream "routed". The topology runs it in the
worker's working directory instead of resources/, which the folder it sends shows.
"""
import os

import storm

ROUTED = "routed"


class RouterBolt(storm.BasicBolt):
    def initialize(self, conf, context):
        target = conf["wordstats.route.to"]
        self.targets = sorted(int(task) for task, component in context["task->component"].items()
                              if component == target)
        if not self.targets:
            raise ValueError("no task of component %r in this topology" % target)
        self.turn = 0

    def process(self, tup):
        word = tup.values[0]
        task = self.targets[self.turn % len(self.targets)]
        self.turn += 1
        storm.emitDirect(task, [word, task, os.getcwd()], stream=ROUTED)


RouterBolt().run()
