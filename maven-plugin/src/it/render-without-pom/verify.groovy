def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/touchmap/index.html').text.contains('Tiny shop')
assert log.contains('open target/touchmap/index.html')
assert log.contains('BUILD SUCCESS')
