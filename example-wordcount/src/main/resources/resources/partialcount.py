"""wordstats counter: counts words between tick tuples and emits partial counts on each tick.

The partial-key grouping spreads a frequent word over two tasks, so no task has its full count.
Each task keeps the word tuples it received since the previous tick; on a tick it emits, per
word, (word, how many of them, its own task id), anchored to those tuples, then acks them. The
counts are increments since the previous tick, not running totals: the report adds them up.

On every tick it also updates three metrics: "words" (how many words this flush counted),
"timeoutSecs" and "maxPending" (topology.subprocess.timeout.secs and
topology.shellbolt.max.pending, as its conf carries them).
"""
import storm


class PartialCountBolt(storm.Bolt):
    def initialize(self, conf, context):
        self.task = context["taskid"]
        self.timeout_secs = conf.get("topology.subprocess.timeout.secs")
        self.max_pending = conf.get("topology.shellbolt.max.pending")
        self.held = {}  # word -> the tuples carrying it since the previous tick

    def process(self, tup):
        if tup.component == "__system" and tup.stream == "__tick":
            self.flush_counts()
            storm.ack(tup)
        else:
            self.held.setdefault(tup.values[0], []).append(tup)

    def flush_counts(self):
        held, self.held = self.held, {}
        counted = 0
        for word, tuples in held.items():
            storm.emit([word, len(tuples), self.task], anchors=tuples)
            counted += len(tuples)
        for tuples in held.values():
            for tup in tuples:
                storm.ack(tup)
        if counted:
            storm.rpcMetrics("words", counted)
        storm.rpcMetrics("timeoutSecs", self.timeout_secs)
        storm.rpcMetrics("maxPending", self.max_pending)


PartialCountBolt().run()
