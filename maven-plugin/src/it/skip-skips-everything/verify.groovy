def log = new File(basedir, 'build.log').text
assert log.contains('Touchmap: skipped (touchmap.skip is true)')
assert log.contains('BUILD SUCCESS')
