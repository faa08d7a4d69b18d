def log = new File(basedir, 'build.log').text
assert log.contains('StalePlan: the saved plan ')
assert log.contains('alibaba/cn-hangzhou/deploy-key: planned import (not in store) to ')
assert log.contains(', now replace (key changed: ')
// An undeclared key pair the plan read is named too, not only the planned actions.
assert log =~ /alibaba\/cn-hangzhou\/bulk_7: not declared, left alone; not in the store when the plan was made, now held with key [0-9a-f:]+/
assert !log.contains('in ways that leave every planned action')
assert log.contains('Make a new plan, review it, and apply that. Run mvn keypairs:plan for the new plan.')
return true
