"""A BasicBolt whose input value says what to do; anything else is emitted upper-cased."""
import os
import threading
import time

import storm


class EchoBolt(storm.BasicBolt):
    def process(self, tup):
        value = tup.values[0]
        if value == "boom":
            raise ValueError("boom")
        elif value == "ask":
            task_ids = storm.emit(["ask"], need_task_ids=True)
            storm.log("task ids %r" % (task_ids,))
        elif value == "plain":
            storm.log("emit returned %r" % (storm.emit(["plain"]),))
        elif value == "direct":
            storm.log("emitDirect returned %r" % (storm.emitDirect(5, ["direct"]),))
        elif value == "stream":
            storm.emit(["stream"], stream="other")
        elif value == "flush":
            storm.emit(["first"])
            storm.flush()
            # The test creates "go" once it has read "first": that needs the flush above.
            deadline = time.time() + 10
            while not os.path.exists("go") and time.time() < deadline:
                time.sleep(0.01)
            storm.emit(["second" if os.path.exists("go") else "timed out"])
        elif value == "threads":
            def emit_many(name):
                for i in range(250):
                    storm.emit(["%s-%d" % (name, i)])
            threads = [threading.Thread(target=emit_many, args=("t%d" % n,)) for n in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        else:
            storm.emit([value.upper()])


EchoBolt().run()
