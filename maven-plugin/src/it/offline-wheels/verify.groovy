// pip installed the package from the folder, asked no index, and the manifest says where it came from.
def log = new File(basedir, 'build.log').text
def packages = new File(basedir, 'target/classes/resources/site-packages')
assert new File(packages, 'tinypkg/__init__.py').text == 'VALUE = 42\n'
assert !new File(packages, 'bin').exists()
def manifest = new File(packages, 'shellgen-manifest.txt').readLines()
def line = manifest.find { it.startsWith('tinypkg ') }
assert line =~ /^tinypkg 1\.0 [0-9a-f]{64} file:\/\/.*\/wheels\/tinypkg-1\.0-py3-none-any\.whl$/
assert manifest.any { it.startsWith('# python: ') && it.contains('--no-index --find-links') }
assert log.contains('storm-shellgen: vendored tinypkg 1.0 ')
assert !log.contains('Retrying') // no index was asked
return true
