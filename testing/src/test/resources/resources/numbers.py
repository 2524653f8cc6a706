"""A reliable spout: emits the numbers 0 .. faults.count - 1, each with itself as message id, and
replays a number whenever its tuple fails, until every one has been acked. With faults.spout set to
"exit", the process exits with status 4 right after emitting faults.trigger, once (kept in a file
of faults.dir): a restarted process starts again from 0. With "hang", it sleeps for an hour there
instead, once. With faults.restart.load.secs, a restarted process (the fault done) loads that long
before it serves, as a script loading a model does."""
import os
import sys
import time

import storm


class Numbers(storm.Spout):
    def initialize(self, conf, context):
        self.todo = list(range(int(conf.get("faults.count", 20))))
        self.todo.reverse()
        self.fault = conf.get("faults.spout")
        self.fault_after = int(conf.get("faults.trigger", 7)) if self.fault else None
        self.marker = os.path.join(conf.get("faults.dir", "."), "spout-fault-done")
        if os.path.exists(self.marker):
            time.sleep(float(conf.get("faults.restart.load.secs", 0)))

    def nextTuple(self):
        if not self.todo:
            time.sleep(0.01)
            return
        n = self.todo.pop()
        storm.emit([n], id=n)
        if n == self.fault_after and not os.path.exists(self.marker):
            open(self.marker, "w").close()
            storm.flush()
            sys.stderr.write("numbers.py: %s after %d\n" % ("exiting" if self.fault == "exit" else "hanging", n))
            sys.stderr.flush()
            if self.fault == "exit":
                os._exit(4)
            time.sleep(3600)

    def fail(self, id):
        self.todo.append(id)


Numbers().run()
