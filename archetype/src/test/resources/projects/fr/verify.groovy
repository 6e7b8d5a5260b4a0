// The French starter map validates with no warning, and its site and PDF speak French.
def projectDir = context.projectDir as File
def log = new File(projectDir, 'build.log').text
def problems = log.readLines().findAll { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert problems.isEmpty() : "the build logged:\n" + problems.join('\n')
assert log.contains('Touchmap: 0 errors, 0 warnings in src/touchmap')

def map = new File(projectDir, 'src/touchmap/map.yaml').text
assert map.startsWith('# yaml-language-server: $schema=../../.touchmap/touchmap.schema.json\n')
assert map.contains('id: carte-boulangerie')
assert map.contains('locale: fr')
def index = new File(projectDir, 'target/touchmap/index.html').text
assert index.contains('<html lang="fr"')
assert index.contains('Passage en caisse')
assert new File(projectDir, 'target/touchmap/carte-boulangerie.pdf').isFile()
assert new File(projectDir, 'target/site/touchmap/index.html').isFile()
assert new File(projectDir, 'pom.xml').text.contains('<url>https://example.github.io/carte-boulangerie/</url>')
// the JVM options for a short build, which Maven read from .mvn/jvm.config to start the build above
// (a JVM that refused one would not have started)
assert new File(projectDir, '.mvn/jvm.config').text == '-XX:TieredStopAtLevel=1\n-XX:+UseParallelGC\n'
true
