def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Touchmap: 0 errors, 0 warnings in map')
assert log.contains('BUILD SUCCESS')
