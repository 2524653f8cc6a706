# A stand-in for Storm's storm.py next to the scripts: a SHELLGEN component must never import it.
raise ImportError("resources/storm.py was imported instead of storm-shellgen's runtime")
