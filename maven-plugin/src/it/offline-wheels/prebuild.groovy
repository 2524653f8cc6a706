// A real wheel of a one-module package, made here so the test needs no index at all.
import java.security.MessageDigest
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def files = [
    'tinypkg/__init__.py'             : 'VALUE = 42\n',
    'tinypkg-1.0.dist-info/METADATA'  : 'Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n',
    'tinypkg-1.0.dist-info/WHEEL'     : 'Wheel-Version: 1.0\nGenerator: prebuild.groovy\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
]
def record = files.collect { name, text ->
    def bytes = text.getBytes('UTF-8')
    def digest = Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(bytes))
    "${name},sha256=${digest},${bytes.length}"
}.join('\n') + '\ntinypkg-1.0.dist-info/RECORD,,\n'
files['tinypkg-1.0.dist-info/RECORD'] = record

def wheels = new File(basedir, 'wheels')
wheels.mkdirs()
new ZipOutputStream(new FileOutputStream(new File(wheels, 'tinypkg-1.0-py3-none-any.whl'))).withCloseable { zip ->
    files.each { name, text ->
        zip.putNextEntry(new ZipEntry(name))
        zip.write(text.getBytes('UTF-8'))
        zip.closeEntry()
    }
}
return true
