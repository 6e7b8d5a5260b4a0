// The generated project builds its site and its PDF with no warning, and wires the schema for editors.
def projectDir = context.projectDir as File
def log = new File(projectDir, 'build.log').text
def problems = log.readLines().findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert problems.isEmpty() : "the build logged:\n" + problems.join('\n')
assert log.contains('Touchmap: 0 errors, 0 warnings in src/touchmap')

def map = new File(projectDir, 'src/touchmap/map.yaml')
def schemaLine = map.readLines()[0]
assert schemaLine == '# yaml-language-server: $schema=../../.touchmap/touchmap.schema.json'
def schema = new File(map.parentFile, '../../.touchmap/touchmap.schema.json').canonicalFile
// the very schema of the core, copied when the archetype was built
def core = new File(projectDir, '../../../../../../../generator-core/src/main/resources/io/touchmap/touchmap.schema.json')
assert schema.bytes == core.bytes

assert map.text.contains('id: bakery-touchpoints')
assert map.text.contains('locale: en')
def index = new File(projectDir, 'target/touchmap/index.html').text
assert index.contains('<html lang="en"')
assert index.contains('Checkout at the counter')
assert new File(projectDir, 'target/touchmap/bakery-touchpoints.pdf').isFile()
assert new File(projectDir, 'target/site/touchmap/index.html').isFile()
assert new File(projectDir, 'target/site/project-reports.html').text.contains('touchmap/index.html')

for (name in ['.gitignore', 'README.md', '.github/workflows/touchmap-review.yml',
              '.github/workflows/touchmap-pages.yml', '.github/actions/setup-touchmap/action.yml']) {
    assert new File(projectDir, name).isFile() : name
}
def pom = new File(projectDir, 'pom.xml').text
assert pom.contains('<url>https://example.org/bakery-touchpoints/</url>')
assert !(pom =~ /@[a-z.-]+@/) && !pom.contains('${touchmapVersion}')
assert pom.contains('<artifactId>maven-site-plugin</artifactId>\n          <version>3.21.0</version>')
// the JVM options for a short build, which Maven read from .mvn/jvm.config to start the build above
// (a JVM that refused one would not have started)
assert new File(projectDir, '.mvn/jvm.config').text == '-XX:TieredStopAtLevel=1\n-XX:+UseParallelGC\n'
true
