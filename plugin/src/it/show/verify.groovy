def log = new File(basedir, 'build.log').text
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')
assert log.contains('keypairs show: sqlite:store.db?rateLimit=off')
assert log.contains('alibaba/cn-hangzhou (1 key pair)')
assert log.contains('1 key pair, 1 declared, 0 not declared.')
def fingerprint = 'ssh-keygen -E md5 -lf keys/a.pub'.execute(null, basedir).text.split(' ')[1] - 'MD5:'
assert log =~ /(?m)^\[INFO\]   deploy-key  \[declared\]  ssh-\S+ \d+  MD5 \Q${fingerprint}\E/
// show reads the store and the manifests, and writes nothing: it takes no output directory and no targets.
def help = log.substring(log.lastIndexOf('keypairs:show'))
assert help.contains('User property: keypairs.store')
assert help.contains('User property: keypairs.manifests')
assert !help.contains('keypairs.out') && !help.contains('keypairs.target')
return true
