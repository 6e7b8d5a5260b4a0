def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/touchmap/map.yaml: error TM004 with this file the map holds more than 1 touchpoints, over the limit; split the map into several maps, or raise the limit (see the README\'s security section)')
assert log.contains('Touchmap: 1 error, 0 warnings in src/touchmap')
