// The SDKs ride in the plugin's jar for cloud:, and cost a run on any other store nothing: not one of their classes
// (nor of OkHttp, Okio or Gson, which only they use) is loaded by a plan on the embedded store.
def log = new File(basedir, 'build.log').text
assert log.contains('Plan: 1 to import') : log
def loaded = new File(basedir, 'classes.log').readLines()
assert loaded.any { it.contains('dev.keypairs.store.sqlite.SqliteStorage') } : 'the class log is not of the plan'
def sdk = loaded.findAll { it =~ /\b(com\.aliyun|com\.tencentcloudapi|okhttp3|okio|com\.google\.gson)\./ }
assert sdk.isEmpty() : "a plan on sqlite: loaded SDK classes: ${sdk.take(5)}"
return true
