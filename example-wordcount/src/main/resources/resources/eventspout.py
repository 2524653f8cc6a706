"""Scoring's spout: emits scoring.events events (default 2000), each [id, features] with its id as
message id: 16 features that follow from the id (features(i), which ScoringIT computes too). A
failed event is emitted again."""
import time

import storm

FEATURES = 16
IDLE_SLEEP_SECS = 0.05


def features(event_id):
    return [((event_id * 31 + j * 17) % 101) / 100.0 - 0.5 for j in range(FEATURES)]


class EventSpout(storm.Spout):
    def initialize(self, conf, context):
        self.total = int(conf.get("scoring.events", 2000))
        self.next_id = 0
        self.replays = []

    def nextTuple(self):
        if self.replays:
            event_id = self.replays.pop(0)
        elif self.next_id < self.total:
            event_id = self.next_id
            self.next_id += 1
        else:
            time.sleep(IDLE_SLEEP_SECS)
            return
        storm.emit([event_id, features(event_id)], id=event_id)

    def fail(self, id):
        self.replays.append(id)


if __name__ == "__main__":
    EventSpout().run()
