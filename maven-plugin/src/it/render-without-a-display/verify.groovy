def log = new File(basedir, 'build.log').text
assert !log.contains('X11')
assert new File(basedir, 'target/touchmap/charts/kpi-footfall.svg').text.contains('2026</text>')
assert new File(basedir, 'target/touchmap/tiny-shop.pdf').length() > 0
assert log.contains('BUILD SUCCESS')
