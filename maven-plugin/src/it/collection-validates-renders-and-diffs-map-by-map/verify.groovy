def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// package: each map is validated on its own, with paths relative to the project; no map is merged into another
assert lines.contains('[INFO] Touchmap: 0 errors, 2 warnings in src/touchmap/bakery')
// the bakery's KPIs end in February and are judged on the day of project.build.outputTimestamp
assert lines.contains("[WARNING] src/touchmap/bakery/map.yaml:32:15: warning TM220 KPI 'orders' is stale: its latest value is for 2026-W06 and, with cadence 'weekly', the next was due by 2026-02-15; the reference date is 2026-11-01; add the values since 2026-W06, or set 'cadence' if the KPI is measured less often")
assert lines.contains("[WARNING] src/touchmap/florist/map.yaml:13:9: warning TM201 touchpoint 'bouquet' has no KPI; add a KPI under 'kpis' to measure it")
assert lines.contains('[INFO] Touchmap: 0 errors, 1 warning in src/touchmap/florist')
assert !lines.any { it.startsWith('[ERROR]') } : lines.findAll { it.startsWith('[ERROR]') }

// SARIF: one file, one run, the results of every map
def sarif = new File(basedir, 'target/touchmap.sarif').text
assert (sarif =~ /"tool"/).count == 1
assert sarif.contains('"uri": "src/touchmap/florist/map.yaml"')

// render: one site, a folder per map, an index linking them, the KPI read from its CSV file
def site = new File(basedir, 'target/touchmap')
def index = new File(site, 'index.html').text
assert index.contains('href="corner-bakery/index.html"')
assert index.contains('href="florist/index.html"')
assert new File(site, 'corner-bakery/kpis/visitors.html').text.contains('310')
assert new File(site, 'corner-bakery/corner-bakery.pdf').isFile()
assert new File(site, 'florist/florist.pdf').isFile()
assert lines.contains('[INFO] Touchmap: wrote the 2 maps of src/touchmap; open target/touchmap/index.html')

// site: the report carries every map
def report = new File(basedir, 'target/site/touchmap')
assert new File(report, 'index.html').text.contains('href="corner-bakery/index.html"')
assert new File(report, 'florist/touchpoints/bouquet.html').isFile()
assert new File(basedir, 'target/site/index.html').isFile()
assert new File(basedir, 'target/site/project-reports.html').text.contains('touchmap/index.html')

// diff: map by map, the florist's map added; diff.json version 2
def json = new File(site, 'diff.json').text
assert json.startsWith('{\n  "version": 2,\n  "maps": [\n')
assert json.contains('"label": "src/touchmap/florist"')
def markdown = new File(site, 'diff.md').text
assert markdown.contains('**1 map changed, 1 added**')
assert markdown.contains('## Changes to Corner Bakery touchpoints')
assert new File(site, 'diff/bakery.html').isFile()
assert lines.contains('[INFO] Touchmap diff against baseline: 1 map changed, 1 added')
