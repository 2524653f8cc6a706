"""The scoring examples' model, shared by scorer.py (a batch bolt) and tuplescorer.py (one tuple at a
time): an ensemble of 8 small neural networks (16 features -> 32 tanh units -> a logistic score),
whose scores are averaged. Each member costs a few numpy calls, whether it scores one event or a
thousand: that fixed cost per call is what batches spread. The weights follow a fixed formula, so the
Java test can compute every score itself (ScoringIT)."""
import numpy as np

FEATURES = 16
HIDDEN = 32
MEMBERS = 8

_units = np.arange(MEMBERS * HIDDEN, dtype=np.float64).reshape(MEMBERS, HIDDEN)
W1 = np.sin(_units[:, :, None] * FEATURES + np.arange(FEATURES, dtype=np.float64)) * 0.5  # (MEMBERS, HIDDEN, FEATURES)
B1 = np.cos(_units) * 0.1
W2 = np.sin(_units * 7 + 3) * 0.3
B2 = 0.05


def score(features):
    """The scores of a (n, FEATURES) array of events: one array of n floats, from the same numpy calls
    whatever n is."""
    total = np.zeros(len(features))
    for member in range(MEMBERS):
        hidden = np.tanh(features @ W1[member].T + B1[member])
        total += 1.0 / (1.0 + np.exp(-(hidden @ W2[member] + B2)))
    return total / MEMBERS


if __name__ == "__main__":
    # python3 scoring_model.py: the model alone (no Storm), one event per call against 256 per call.
    import time

    events = np.array([[((i * 31 + j * 17) % 101) / 100.0 - 0.5 for j in range(FEATURES)] for i in range(25600)])
    started = time.perf_counter()
    for start in range(0, len(events), 256):
        score(events[start:start + 256])
    batched = (time.perf_counter() - started) / len(events)
    started = time.perf_counter()
    for i in range(5000):
        score(events[i:i + 1])
    single = (time.perf_counter() - started) / 5000
    print("score() per event: %.1f us one event per call, %.1f us in calls of 256 (%.0fx)"
          % (single * 1e6, batched * 1e6, single / batched))
