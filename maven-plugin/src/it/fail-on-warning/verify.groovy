def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/touchmap/map.yaml:23:9: warning TM201 touchpoint 'newsletter' has no KPI; add a KPI under 'kpis' to measure it")
assert log.contains('Touchmap: 0 errors, 1 warning in src/touchmap (failOnWarning is true)')
