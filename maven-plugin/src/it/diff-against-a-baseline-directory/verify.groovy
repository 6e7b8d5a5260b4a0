def log = new File(basedir, 'build.log').text
def markdown = new File(basedir, 'target/touchmap/diff.md')
assert markdown.isFile()
def md = markdown.text
assert md.contains('1 touchpoint changed (1 moved), 1 removed')
assert md.contains('Shop window')
assert new File(basedir, 'target/touchmap/diff.html').isFile()
assert new File(basedir, 'target/touchmap/diff.json').text.contains('"version": 1')
assert log.contains('BUILD FAILURE')
assert log.contains('Touchmap: 1 touchpoint was removed (failOn removed)')
