"""The same scoring as scorer.py, one event at a time (a BasicBolt): what the batch bolt is measured
against (ScoringSpeed)."""
import numpy as np

import scoring_model
import storm


class TupleScorer(storm.BasicBolt):
    def process(self, tup):
        features = np.array([tup.values[1]], dtype=np.float64)
        storm.emit([tup.values[0], float(scoring_model.score(features)[0])])


if __name__ == "__main__":
    TupleScorer().run()
