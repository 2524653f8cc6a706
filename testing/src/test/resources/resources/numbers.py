"""A reliable spout: emits the numbers 0 .. faults.count - 1, each with itself as message id, and
replays a number whenever its tuple fails, until every one has been acked. With faults.spout set to
"exit", the process exits with status 4 right after emitting faults.trigger, once (kept in a file
of faults.dir): a restarted process starts again from 0."""
import os
import sys
import time

import storm


class Numbers(storm.Spout):
    def initialize(self, conf, context):
        self.todo = list(range(int(conf.get("faults.count", 20))))
        self.todo.reverse()
        self.exit_after = int(conf.get("faults.trigger", 7)) if conf.get("faults.spout") == "exit" else None
        self.marker = os.path.join(conf.get("faults.dir", "."), "spout-fault-done")

    def nextTuple(self):
        if not self.todo:
            time.sleep(0.01)
            return
        n = self.todo.pop()
        storm.emit([n], id=n)
        if n == self.exit_after and not os.path.exists(self.marker):
            open(self.marker, "w").close()
            storm.flush()
            sys.stderr.write("numbers.py: exiting after %d\n" % n)
            sys.stderr.flush()
            os._exit(4)

    def fail(self, id):
        self.todo.append(id)


Numbers().run()
