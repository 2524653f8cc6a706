"""A bolt whose import fails: its process exits before the multilang handshake."""
import no_such_module  # noqa: F401  # shellgen: ignore (the fault under test)

import storm


class Broken(storm.BasicBolt):
    def process(self, tup):
        storm.emit(tup.values)


Broken().run()
