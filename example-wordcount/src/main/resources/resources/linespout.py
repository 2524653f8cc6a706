"""wordstats spout: emits each line of sentences.txt once, with a message id, and a failed one again.

It also reports, as the metric "spoutPending", the pending limit (topology.max.spout.pending) its
conf carries: the component's own limit, not the topology's. Once every line has been emitted it
idles, sleeping briefly in nextTuple.
"""
import time

import storm

IDLE_SLEEP_SECS = 0.05


class LineSpout(storm.Spout):
    def initialize(self, conf, context):
        # Storm starts the script in the topology's resources folder, where sentences.txt lies.
        with open("sentences.txt", encoding="utf-8") as text:
            self.lines = [line.strip() for line in text if line.strip()]
        self.next_index = 0
        self.replays = []
        self.pending_limit = conf.get("topology.max.spout.pending")
        self.reported = False

    def nextTuple(self):
        if not self.reported:
            # An assignable metric keeps its value: once is enough.
            storm.rpcMetrics("spoutPending", self.pending_limit)
            self.reported = True
        if self.replays:
            index = self.replays.pop(0)
        elif self.next_index < len(self.lines):
            index = self.next_index
            self.next_index += 1
        else:
            time.sleep(IDLE_SLEEP_SECS)
            return
        storm.emit([self.lines[index]], id=index)

    def fail(self, id):
        storm.log("line %s failed; emitting it again" % id)
        self.replays.append(id)


LineSpout().run()
