"""A windowed bolt for the window tests: emits, for each window, its start and end and the n of its
tuples, of the new ones and of the expired ones, in the order the Window gives them. With
windows.crashAt set, the process of the bolt windows.crashIn exits (status 3) at the start of the
window whose last tuple is that n, once (a marker file in windows.dir): its windows go again to
the restarted process."""
import os

import storm


def numbers(tuples):
    return [t.values[0] for t in tuples]


class Windows(storm.WindowedBolt):
    def initialize(self, conf, context):
        crash_at = conf.get("windows.crashAt")
        crashes = crash_at is not None and conf.get("windows.crashIn") == context["componentid"]
        self.crash_at = int(crash_at) if crashes else None
        self.marker = os.path.join(conf.get("windows.dir", "."), "crashed-" + str(context["taskid"]))

    def process(self, window):
        ns = numbers(window.tuples)
        if self.crash_at is not None and ns and ns[-1] == self.crash_at and not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os._exit(3)
        storm.emit([window.start, window.end, ns, numbers(window.new), numbers(window.expired)])


Windows().run()
