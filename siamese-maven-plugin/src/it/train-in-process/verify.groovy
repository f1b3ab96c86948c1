import groovy.json.JsonSlurper
def inProcess = new JsonSlurper().parse(new File(basedir, 'target/siamese/results.json'))
def forked = new JsonSlurper().parse(new File(basedir, 'target/forked/results.json'))
['timings', 'environment'].each { inProcess.remove(it); forked.remove(it) }
assert inProcess == forked : 'the same spec gives the same results in and out of the Maven JVM'
return true
