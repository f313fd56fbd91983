const { show } = require('./_h');
show('exp-bad (../)', () => require('exp-bad'));
show('exp-bad/abs', () => require('exp-bad/abs'));
show('exp-bad/nodot', () => require('exp-bad/nodot'));
show('exp-bad/nm', () => require('exp-bad/nm'));
show('exp-bad/dotdot', () => require('exp-bad/dotdot'));
show('exp-bad/num', () => require('exp-bad/num'));
