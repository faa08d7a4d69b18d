// A failing integration test fails the build, and the emulator was stopped all the same: keypairs:stop ran in
// post-integration-test, before failsafe:verify gave the verdict. Then a build that fails between start and stop
// (here keypairs:start twice, refused with EmulatorAlreadyStarted): the session's end stops the emulator and says so,
// before Maven's summary.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 1, Errors: 0, Skipped: 0') : 'the test failed'
def stopped = log.indexOf('[INFO] keypairs emulator stopped after 1 requests\n')
assert stopped > log.indexOf('--- failsafe:3.5.2:integration-test') && stopped > 0 : 'stopped after the test ran'
assert stopped < log.indexOf('--- failsafe:3.5.2:verify') : 'stopped before failsafe failed the build'
assert stopped < log.indexOf('BUILD FAILURE')

def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def twice = maven.run(basedir, [maven.goal('start'), maven.goal('start'), '-Dkeypairs.store=memory:twice'])
assert twice.exitValue() != 0 : twice.output()
def output = twice.output()
assert output.contains('EmulatorAlreadyStarted: keypairs:start ran twice in this project; the emulator it started'
        + ' first still serves at http://127.0.0.1:') : output
def atEnd = output.indexOf('[WARNING] keypairs emulator stopped after 0 requests, as the build ended (keypairs:stop'
        + ' did not run)')
assert atEnd > output.indexOf('keypairs emulator listening on http://127.0.0.1:') && atEnd > 0 : output
assert atEnd < output.indexOf('BUILD FAILURE') : 'before the summary: ' + output
return true
