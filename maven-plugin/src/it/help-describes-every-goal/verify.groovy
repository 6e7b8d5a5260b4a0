def log = new File(basedir, 'build.log').text
assert log.contains('touchmap:validate')
assert log.contains('Loads the touchpoint map, or each map of a folder of maps, logs every problem')
assert log.contains('sourceDirectory')
assert log.contains('User property: touchmap.sourceDirectory')
assert log.contains('User property: touchmap.failOnWarning')
assert log.contains('User property: touchmap.skip')
