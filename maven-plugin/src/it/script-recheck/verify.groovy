// The second build failed on the changed script alone, with the processor's message for it.
def log = new File(basedir, 'build.log').text
assert log.contains('Nothing to compile - all classes are up to date')
assert log.contains('[ScriptEmitArity] @PythonBolt script "split.py" emits 2 values to stream "default" at split.py:7')
assert log.contains('(@PythonBolt on Splitter, component "splitter")')
assert log.contains('1 problem(s) in the changed script(s) split.py')
// The editors' and tests' files were written on compile.
assert new File(basedir, 'target/shellgen/python/storm.pyi').isFile()
return true
