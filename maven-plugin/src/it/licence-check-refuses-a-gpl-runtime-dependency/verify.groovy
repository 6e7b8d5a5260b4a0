def lines = new File(basedir, 'build.log').readLines()
// test scope: checked and passed; compile scope: refused, naming the licence and the library
assert lines.count { it.contains('BUILD SUCCESS') } == 1
assert lines.count { it.contains('BUILD FAILURE') } == 1
assert lines.contains("[WARNING] License: 'GPL-3.0-or-later' used by 1 dependencies:")
assert lines.contains(' -JFreeSVG (org.jfree:org.jfree.svg:5.0.6 - http://www.jfree.org/jfreesvg)')
assert lines.any { it.contains('add-third-party (check-runtime-licences) on project licence-check-refuses-a-gpl-runtime-dependency: There are some forbidden licenses used, please check your dependencies.') }
