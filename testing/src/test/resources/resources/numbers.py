"""A reliable spout: emits the numbers 0 .. faults.count - 1, each with itself as message id, and
replays a number whenever its tuple fails, until every one has been acked."""
import time

import storm


class Numbers(storm.Spout):
    def initialize(self, conf, context):
        self.todo = list(range(int(conf.get("faults.count", 20))))
        self.todo.reverse()

    def nextTuple(self):
        if not self.todo:
            time.sleep(0.01)
            return
        n = self.todo.pop()
        storm.emit([n], id=n)

    def fail(self, id):
        self.todo.append(id)


Numbers().run()
