def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/touchmap/map.yaml:6:44: error TM108 'phase' of stage 'purchase' is 'purchasing', not a valid phase; did you mean 'purchase'? allowed: before-purchase, purchase, after-purchase")
assert log.contains("[WARNING] src/touchmap/map.yaml:9:11: warning TM204 channel 'web' has no touchpoint; add a touchpoint with 'channel: web', or remove the channel")
assert log.contains("[ERROR] src/touchmap/map.yaml:20:14: error TM106 touchpoint 'checkout' refers to unknown channel 'webb'; did you mean 'web'?")
assert log.contains('Touchmap: 2 errors, 1 warning in src/touchmap')
assert log.contains('BUILD FAILURE')
