def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')
def index = new File(site, 'project-reports.html').text
// the menu of the project site links the report
assert index.contains('touchmap/index.html')
assert index.contains('Touchpoint map')
def report = new File(site, 'touchmap/index.html')
assert report.isFile()
assert report.text.contains('Online checkout')
assert log.readLines().findAll { it =~ /\[INFO\] Touchmap: wrote \d+ HTML pages \(\d+ files\); open target\/site\/touchmap\/index.html/ }.size() == 2
