def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/touchmap')
assert new File(site, 'index.html').text.contains('Online checkout')
assert new File(site, 'touchpoints/window.html').isFile()
def pdf = new File(site, 'tiny-shop.pdf')
assert pdf.isFile()
byte[] head = new byte[5]
pdf.withInputStream { it.read(head) }
assert new String(head, 'ISO-8859-1') == '%PDF-'
assert log.contains('[INFO] Touchmap: 0 errors, 0 warnings in src/touchmap')
assert log =~ /\[INFO\] Touchmap: wrote \d+ HTML pages \(\d+ files\); open target\/touchmap\/index.html/
assert log =~ /\[INFO\] Touchmap: wrote a PDF of \d+ pages: target\/touchmap\/tiny-shop.pdf/
assert log =~ /\[INFO\] Touchmap: rendered in \d+ ms/
// validate runs in its phase, render in package
assert log.indexOf(':validate (default)') < log.indexOf(':render (default)')
// what is said of the map is said once per build: by validate, not again by render
assert log.count('Touchmap: 0 errors, 0 warnings in src/touchmap') == 1
