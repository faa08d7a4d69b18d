// Each module started an emulator of its own (two ports, two listening lines), its test reached its own, and each
// was stopped by its own keypairs:stop.
def log = new File(basedir, 'build.log').text
def a = new File(basedir, 'module-a/target/endpoint.txt').text
def b = new File(basedir, 'module-b/target/endpoint.txt').text
assert a ==~ /http:\/\/127\.0\.0\.1:\d+/ && b ==~ /http:\/\/127\.0\.0\.1:\d+/
assert a != b : 'an emulator a module'
assert log.contains('keypairs emulator listening on ' + a + '\n') : log
assert log.contains('keypairs emulator listening on ' + b + '\n') : log
assert log.count('keypairs emulator stopped after 2 requests\n') == 2 : log
assert !log.contains('keypairs:stop did not run') : log
assert !log.contains('EmulatorAlreadyStarted') : log
return true
