"""Scorer: a batch bolt (@Batch) that scores events with numpy, a batch at a time: one matrix
product for every event of the batch, instead of one small product per event. Emits [id, score]
for each event, anchored to it.

numpy is no worker's: requirements.txt names it, and shellgen:vendor put its wheel (native code)
into the jar's resources/site-packages/.
"""
import numpy as np

import scoring_model
import storm


class Scorer(storm.BatchBolt):
    def process(self, batch):
        features = np.array([tup.values[1] for tup in batch], dtype=np.float64)
        for tup, score in zip(batch, scoring_model.score(features).tolist()):
            storm.emit([tup.values[0], score], anchors=[tup])


if __name__ == "__main__":
    Scorer().run()
