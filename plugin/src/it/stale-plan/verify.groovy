def log = new File(basedir, 'build.log').text
assert log.contains('StalePlan: the saved plan ')
assert log.contains('alibaba/cn-hangzhou/deploy-key: planned import (not in store) to ')
assert log.contains(', now no-op')
assert log.contains('Make a new plan, review it, and apply that. Run mvn keypairs:plan for the new plan.')
return true
