// The packages were packed for the blob store, not put in the jar; the build's import check found
// them in target/shellgen/site-packages, and so did the run's Python processes.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/shellgen/site-packages.tgz').isFile()
assert new File(basedir, 'target/shellgen/site-packages/tinypkg/__init__.py').isFile()
assert !new File(basedir, 'target/classes/resources/site-packages').exists()
def jar = new java.util.zip.ZipFile(new File(basedir, 'target/tiny-1.0.jar'))
assert jar.entries().toList().every { !it.name.contains('site-packages') }
jar.close()
assert log.contains('Topology "tiny" finished: every tuple tree was acked.')
assert log =~ /tinypkg 42 from \S+\/target\/shellgen\/site-packages/
return true
