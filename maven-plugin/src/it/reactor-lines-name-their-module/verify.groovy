def log = new File(basedir, 'build.log').text
// in a reactor every line names its module, so the lines of modules built at once can be told apart
assert log.contains('[INFO] [shop-a] Touchmap: 0 errors, 0 warnings in src/touchmap')
assert log.contains('[INFO] [shop-b] Touchmap: 0 errors, 0 warnings in src/touchmap')
assert log =~ /\[INFO\] \[shop-a\] Touchmap: wrote \d+ HTML pages/
assert log =~ /\[INFO\] \[shop-b\] Touchmap: wrote \d+ HTML pages/
// and what is said of each map is said once: by validate, not again by render
assert log.count('[shop-a] Touchmap: 0 errors, 0 warnings') == 1
assert log.count('[shop-b] Touchmap: 0 errors, 0 warnings') == 1
assert new File(basedir, 'shop-a/target/touchmap/index.html').isFile()
assert new File(basedir, 'shop-b/target/touchmap/index.html').isFile()
