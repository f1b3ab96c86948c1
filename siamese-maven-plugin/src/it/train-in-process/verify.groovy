import groovy.json.JsonSlurper
def inProcess = new JsonSlurper().parse(new File(basedir, 'target/siamese/results.json'))
def forked = new JsonSlurper().parse(new File(basedir, 'target/forked/results.json'))
['timings', 'environment'].each { inProcess.remove(it); forked.remove(it) }
assert inProcess == forked : 'the same spec gives the same results in and out of the Maven JVM'
// evaluate ends with report.html, in and out of the fork: self-contained, with its five charts
['target/siamese', 'target/forked'].each { dir ->
    def report = new File(basedir, dir + '/report.html')
    assert report.isFile() : report
    def html = report.getText('UTF-8')
    assert (html =~ /<img alt="[^"]+" src="data:image\/png;base64,[A-Za-z0-9+\/=]{2000,}"/).size() >= 5 : 'charts embedded'
    assert html.contains('<div class="pairs">') : 'sample pairs'
    assert !html.contains('<script') && !html.contains('<link')
}
return true
