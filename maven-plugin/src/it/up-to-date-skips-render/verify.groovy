def log = new File(basedir, 'build.log').text
def wrote = log.readLines().findAll { it.contains('Touchmap: wrote ') }
def upToDate = log.readLines().findAll { it.contains('Touchmap: target/touchmap is up to date') }
// first build renders, the second finds nothing changed, a changed parameter and an edited map render again
assert wrote.size() == 3 : wrote
assert upToDate.size() == 1 : upToDate
def site = new File(basedir, 'target/touchmap')
assert new File(site, 'index.html').text.contains('lang="fr"')
assert new File(site, 'touchpoints/checkout.html').isFile()
// the removed touchpoint's page did not survive the re-render
assert !new File(site, 'touchpoints/window.html').exists()
