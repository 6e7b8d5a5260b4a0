def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// "### Excluding compile: [static ]<class>::<method>", whole lines only: the compiler threads' lines may interleave
def kept = log.readLines().collect { (it =~ /^### Excluding compile: (?:static )?([\w.$]+)::[\w<>$]+$/) }
        .findAll { it.matches() }.collect { it.group(1) }
assert kept.any { it.startsWith('io.touchmap.') } : "no Touchmap method kept from C2 in ${kept.size()} lines"
assert kept.any { it.startsWith('org.apache.pdfbox.') }
def others = kept.findAll { !(it ==~ /(io\.touchmap|org\.yaml\.snakeyaml|org\.apache\.(pdfbox|fontbox)|org\.jfree|freemarker)\..*/) }
assert others.isEmpty() : "Maven's and Java's own methods keep the optimising compiler: ${others.take(5)}"
