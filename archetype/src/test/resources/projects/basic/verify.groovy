// What `mvn verify shellgen:run` printed in the project the archetype generated: the JUnit test
// passed, the run finished by itself with exact figures (computed here from the input text), and
// nothing was logged at ERROR. (basedir is this folder; the project is in project/lines.)
def project = new File(basedir, 'project/lines')
def log = new File(project, 'build.log').text
if (!binding.hasVariable('junitSkipped')) {
    assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
}

// The Python tests of the scripts ran in the test phase (shellgen:python-test), with pytest.
if (!binding.hasVariable('junitSkipped')) {
    assert log =~ /(?m)^\[INFO\] =+ 3 passed in [0-9.]+s =+$/
}
assert new File(project, 'target/shellgen/python/storm.pyi').isFile()
// python3 -m pytest alone, in the project's folder, runs the same tests (pyproject.toml finds the files).
if (!binding.hasVariable('junitSkipped')) {
    def pytest = ['python3', '-m', 'pytest', '-q'].execute(null, project)
    def out = new StringBuilder()
    pytest.consumeProcessOutput(out, out)
    assert pytest.waitFor() == 0 : "python3 -m pytest in the project:\n${out}"
    assert out.toString() =~ /3 passed in [0-9.]+s/
    assert !new File(project, 'src/main/resources/resources/__pycache__').exists() // nothing of Python's in the jar
}

def lines = new File(project, 'src/main/resources/resources/lines.txt').readLines().findAll { it.trim() }
def words = lines.sum { it.split(/\s+/).size() }
assert log.contains('Topology "lines" finished: every tuple tree was acked.')
assert log =~ /(?m)^reader\s+spout\s+${lines.size()}\s+-\s+${lines.size()}\s+0\s+python3 shellgen\/run.py linespout.py$/
assert log =~ /(?m)^splitter\s+bolt\s+${words}\s+${lines.size()}\s+${lines.size()}\s+0\s/
assert log =~ /(?m)^counter\s+bolt\s+${words}\s+${words}\s+${words}\s+0\s/
assert log.contains('Errors reported: none')
// The vendor goal ran, and found no package listed in the project's requirements.txt.
assert log.contains('requirements.txt lists no package; nothing to vendor')
// The build drew the topology beside its Flux file; the run drew it again with its counts.
assert new File(project, 'target/classes/lines.svg').text.contains('data-id="splitter"')
assert new File(project, 'target/classes/lines.md').text.contains('```mermaid')
assert log.contains("Diagram with this run's counts: ")
def runDiagram = new File(project, 'target/shellgen/lines.svg').text
assert runDiagram.contains(">executed ${words}<") // the counter
assert runDiagram.contains(">${words} tuples<")   // splitter -> counter
def errors = log.readLines().findAll { it =~ /^\d\d:\d\d:\d\d\.\d{3} ERROR / }
assert errors.isEmpty() : "ERROR lines in the run's log: ${errors}"
// `storm jar target/lines-1.0.jar` needs the runtime the generated components extend in the jar.
def jar = new java.util.zip.ZipFile(new File(project, 'target/lines-1.0.jar'))
assert jar.getEntry('io/github/shellgen/runtime/SupervisedShellBolt.class') != null
assert jar.getEntry('com/example/lines/LinesSplitterBolt.class') != null
assert new File(project, 'README.md').text.contains('mvn package shellgen:run')
assert new File(project, 'README.md').text.contains('https://github.com/shellgen/storm-shellgen/tree/main/docs')
assert jar.getEntry('resources/shellgen/storm.py') != null
assert jar.getEntry('org/apache/storm/task/ShellBolt.class') == null // the cluster has Storm
jar.close()
return true
