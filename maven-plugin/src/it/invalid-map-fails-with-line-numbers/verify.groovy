def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/touchmap/map.yaml:6:44: error TM108 'phase' of stage 'purchase' is 'purchasing', not a valid phase; did you mean 'purchase'? allowed: before-purchase, purchase, after-purchase")
assert log.contains("[ERROR] src/touchmap/map.yaml:20:14: error TM106 touchpoint 'checkout' refers to unknown channel 'webb'; did you mean 'web'?")
// the channel 'web' that 'webb' meant is not reported as unused: one mistake, one message
assert !log.contains("TM204")
assert log.contains('Touchmap: 2 errors, 0 warnings in src/touchmap')
assert log.contains('BUILD FAILURE')
