import groovy.json.JsonSlurper
import groovy.json.JsonOutput
def first = new File(basedir, 'target/siamese')
def second = new File(basedir, 'target/second')
['history.json', 'model.zip', 'dataset/manifest.json', 'dataset/pairs.json'].each { name ->
    assert new File(first, name).bytes == new File(second, name).bytes : "${name} differs between two builds"
}
def strip = { File f ->
    def r = new JsonSlurper().parse(f)
    r.remove('timings'); r.remove('environment')
    JsonOutput.toJson(r)
}
assert strip(new File(first, 'results.json')) == strip(new File(second, 'results.json'))
def text = new File(first, 'results.json').text
assert text.contains('"timings"') && text.contains('"environment"')
return true
