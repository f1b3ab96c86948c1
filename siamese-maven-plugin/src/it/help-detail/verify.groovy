import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
// one section per goal: "siamese:<goal>" up to the next goal's heading, whichever goal that is
def goals = ['check', 'compare', 'enroll', 'evaluate', 'generate', 'help', 'identify', 'match', 'report', 'sweep', 'train']
def headings = (log =~ /\nsiamese:[a-z-]+\n/).collect { it }
def sections = [:]
goals.each { g ->
    def start = log.indexOf('\nsiamese:' + g + '\n')
    assert start >= 0: "siamese:${g} listed"
    def next = headings.collect { log.indexOf(it, start + 1) }.findAll { it > start }
    sections[g] = log.substring(start, next ? next.min() : log.length())
}
assert sections.check.contains('Whether missed expectations fail the build')
assert !sections.check.contains('Report missed expectations without failing the build'): 'haltOnFailure says what true does'
assert sections.compare.contains('Where compare.md and compare.html are written')
assert !sections.compare.contains('The experiment spec'): 'compare takes no spec'
assert !sections.compare.contains('Where data set, model and results are written')
assert sections.report.contains('Re-renders report.html')
assert sections.train.contains('jvmArgs') && sections.evaluate.contains('jvmArgs')

// The descriptor: @since on every goal and every parameter a user can set.
def repo = new File(basedir, '../../it-repo/dev/siamese/siamese-maven-plugin')
def jar = null
repo.eachFileRecurse { f -> if (f.name ==~ /siamese-maven-plugin-.*\.jar/ && !f.name.contains('sources')) jar = f }
assert jar != null
def zip = new ZipFile(jar)
def plugin = new groovy.xml.XmlSlurper().parseText(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')).getText('UTF-8'))
zip.close()
plugin.mojos.mojo.each { mojo ->
    def goal = mojo.goal.text()
    if (goal != 'help') {
        assert mojo.since.text(): "goal ${goal} has @since"
        mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { p ->
            assert p.since.text(): "parameter ${goal}.${p.name.text()} has @since"
        }
    }
}
return true
